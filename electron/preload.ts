import { contextBridge, ipcRenderer } from 'electron';
import type { RelaisBridge } from '../shared/bridge/contract';

// The only door between the page and Node: one generic invoke whose channel and input
// the main process validates against the shared contract. Frozen so the page cannot
// swap it out.
const relais = Object.freeze({
  invoke: (channel: string, input: unknown) => ipcRenderer.invoke('relais:invoke', channel, input),
}) as RelaisBridge;

contextBridge.exposeInMainWorld('relais', relais);
