import type { HandlerTable } from '../../shared/bridge/contract';
import type { SyncService } from '../services/sync/service';
import { appHandlers } from './app';
import type { HostContext } from './context';
import { pdfHandlers } from './pdf';
import { printableHandlers } from './printables';
import { syncHandlers } from './sync';

/** The one handler table both transports (Electron IPC, browser host) call; built by `createHost`. */
export const createHandlers = (ctx: HostContext, sync: SyncService): HandlerTable => ({
  ...appHandlers(ctx),
  ...pdfHandlers(ctx),
  ...syncHandlers(sync),
  ...printableHandlers(ctx),
});
