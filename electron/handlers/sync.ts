import type { HandlerTable } from '../../shared/bridge/contract';
import type { SyncTarget } from '../../shared/bridge/channels/sync';
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

type TargetInput = Parameters<HandlerTable['sync.configureTarget']>[0];

const targetOf = (input: TargetInput): { target: SyncTarget | null; password?: string } =>
  input.kind === 'none'
    ? { target: null }
    : input.kind === 'folder'
      ? { target: { kind: 'folder', path: input.path } }
      : {
          target: { kind: 'webdav', url: input.url, username: input.username, caFile: input.caFile ?? null },
          ...(input.password === undefined ? {} : { password: input.password }),
        };

/** Thin: every handler delegates to the host's one sync service. */
export const syncHandlers = (sync: SyncService): SyncHandlers => {
  const svc = () => sync;
  return {
    'sync.status': () => svc().status(),
    'sync.exportBundle': (input) => svc().exportBundle(input),
    'sync.sendNow': () => svc().sendNow(),
    'sync.setCentralKey': ({ recipient, escrow }) => svc().setCentralKey(recipient, escrow),
    'sync.keys': () => svc().keys(),
    'sync.configureTarget': (input) => {
      const { target, password } = targetOf(input);
      return svc().configureTarget(target, password);
    },
    // Testing never saves: the candidate is probed as typed, the saved target untouched.
    'sync.testTarget': ({ candidate }) => svc().testTarget(candidate ? targetOf(candidate) : undefined),
    'sync.retryQuarantined': ({ bundleId }) => svc().retryQuarantined(bundleId),
  };
};
