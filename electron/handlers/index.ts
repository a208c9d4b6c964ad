import type { HandlerTable } from '../../shared/bridge/contract';
import type { HttpClient } from '../services/sync/http';
import type { SyncService } from '../services/sync/service';
import { appHandlers } from './app';
import { centralHandlers } from './central';
import type { HostContext } from './context';
import { pdfHandlers } from './pdf';
import { printableHandlers } from './printables';
import { syncHandlers } from './sync';
import { backupHandlers } from './backup';

/** The one handler table both transports (Electron IPC, browser host) call; built by `createHost`. */
export const createHandlers = (ctx: HostContext, sync: SyncService, http?: HttpClient): HandlerTable => ({
  ...appHandlers(ctx),
  ...pdfHandlers(ctx),
  ...syncHandlers(sync),
  ...printableHandlers(ctx),
  ...backupHandlers(ctx),
  ...centralHandlers(ctx, sync, http),
});
