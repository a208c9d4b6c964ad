import type { HandlerTable } from '../../shared/bridge/contract';
import type { SyncService } from '../services/sync/service';

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

/** Thin: every handler delegates to the host's one sync service. */
export const syncHandlers = (sync: SyncService): SyncHandlers => {
  const svc = () => sync;
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
          : svc().configureTarget({ kind: 'webdav', url: input.url, username: input.username, caFile: input.caFile ?? null }, input.password),
    'sync.testTarget': () => svc().testTarget(),
    'sync.retryQuarantined': ({ bundleId }) => svc().retryQuarantined(bundleId),
  };
};
