import type { z } from 'zod';
import { appChannels } from './channels/app';
import { pdfChannels } from './channels/pdf';
import { printableChannels } from './channels/printables';
import { syncChannels } from './channels/sync';
import type { Result } from './result';

/**
 * Every call between renderer and main, declared once. The Electron IPC handler and the
 * browser host both validate against these schemas before calling the same handler table.
 */
export const contract = { ...appChannels, ...pdfChannels, ...syncChannels, ...printableChannels };
export type Contract = typeof contract;
export type ChannelName = keyof Contract;

export type ChannelInput<K extends ChannelName> = z.input<Contract[K]['input']>;
export type ChannelOutput<K extends ChannelName> = z.output<Contract[K]['output']>;

/** What a handler receives (parsed input) and returns (before output validation). */
export type Handler<K extends ChannelName> = (input: z.output<Contract[K]['input']>) => Promise<z.input<Contract[K]['output']>>;
export type HandlerTable = { [K in ChannelName]: Handler<K> };

/** The object the renderer sees as window.relais (Electron) or its HTTP twin (browser host). */
export interface RelaisBridge {
  invoke<K extends ChannelName>(channel: K, input: ChannelInput<K>): Promise<Result<ChannelOutput<K>>>;
}

export const isChannelName = (name: string): name is ChannelName => Object.hasOwn(contract, name);
