import type { HandlerTable } from '../../shared/bridge/contract';
import { appHandlers } from './app';
import { centralHandlers } from './central';
import type { HostContext } from './context';
import { pdfHandlers } from './pdf';
import { syncHandlers } from './sync';

/** The one handler table both transports (Electron IPC, browser host) call. */
export const createHandlers = (ctx: HostContext): HandlerTable => ({
  ...appHandlers(ctx),
  ...pdfHandlers(ctx),
  ...syncHandlers(ctx),
  ...centralHandlers(ctx),
});
