import type { HandlerTable } from '../shared/bridge/contract';
import type { HostContext } from './handlers/context';
import { createHandlers } from './handlers';
import { SyncService, type SyncServiceOptions } from './services/sync/service';

/** Everything a shell (Electron, the browser host, a script) runs Relais with. */
export interface Host {
  ctx: HostContext;
  handlers: HandlerTable;
  /** The one sync service of this host; the shell starts it and passes connectivity hints. */
  sync: SyncService;
}

export interface HostOptions {
  sync?: SyncServiceOptions;
}

/**
 * The one wiring of context, sync service and handler table, used by `electron/main.ts`,
 * the browser host and the scripts, so they cannot drift apart. The sync service is made
 * here, once, with these options, and handed to the handlers.
 */
export const createHost = (ctx: HostContext, opts: HostOptions = {}): Host => {
  const sync = new SyncService(ctx, opts.sync);
  return { ctx, sync, handlers: createHandlers(ctx, sync, opts.sync?.http) };
};
