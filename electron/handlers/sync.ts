import type { HandlerTable } from '../../shared/bridge/contract';
import { syncServiceFor } from '../services/sync/service';
import type { HostContext } from './context';

type SyncHandlers = Pick<
  HandlerTable,
  | 'sync.status'
  | 'sync.exportBundle'
  | 'sync.sendNow'
  | 'sync.setCentralKey'
  | 'sync.keys'
  | 'sync.configureTarget'
  | 'sync.testTarget'
  | 'sync.retryQuarantined'
>;

/** Thin: every handler delegates to the host's one sync service (made lazily). */
export const syncHandlers = (ctx: HostContext): SyncHandlers => {
  const svc = () => syncServiceFor(ctx);
  return {
    'sync.status': () => svc().status(),
    'sync.exportBundle': (input) => svc().exportBundle(input),
    'sync.sendNow': () => svc().sendNow(),
    'sync.setCentralKey': ({ recipient, escrow }) => svc().setCentralKey(recipient, escrow),
    'sync.keys': () => svc().keys(),
    'sync.configureTarget': (input) =>
      input.kind === 'none'
        ? svc().configureTarget(null)
        : input.kind === 'folder'
          ? svc().configureTarget({ kind: 'folder', path: input.path })
          : svc().configureTarget({ kind: 'webdav', url: input.url, username: input.username }, input.password),
    'sync.testTarget': () => svc().testTarget(),
    'sync.retryQuarantined': ({ bundleId }) => svc().retryQuarantined(bundleId),
  };
};
