import type { CertificateInfo, SyncStatus } from '../../../shared/bridge/channels/sync';
import type { ErrorCode } from '../../../shared/bridge/result';
import type { SyncConfig } from './config';
import type { OutboxEntry, SyncState } from './outbox';

/** What the drain loop knows at this moment. */
export interface LoopSnapshot {
  sending: boolean;
  failures: number;
  lastError: ErrorCode | null;
  /** Retries stopped until the user acts (see NEEDS_ACTION). */
  blocked: boolean;
  /** The untrusted certificate behind a sync_cert_untrusted, when it could be read. */
  certificate: CertificateInfo | null;
  nextAttemptAt: number | null;
  progress: { doneBytes: number; totalBytes: number } | null;
}

const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

/** The Sync screen's view of settings, outbox and loop; pure, so every state is unit-testable. */
export const syncStatus = (cfg: SyncConfig, entries: readonly OutboxEntry[], state: SyncState, loop: LoopSnapshot): SyncStatus => {
  const pending = entries.filter((e) => !e.quarantined);
  const configured = Boolean(cfg.target && cfg.central);
  const phase: SyncStatus['state'] = !configured
    ? 'not_configured'
    : loop.sending
      ? 'sending'
      : loop.blocked
        ? 'needs_action'
        : loop.failures > 0
          ? 'offline'
          : pending.length
            ? 'waiting'
            : 'idle';
  return {
    state: phase,
    target: cfg.target,
    centralKeySet: Boolean(cfg.central),
    sinceStamp: state.confirmedStamp,
    pendingBundles: pending.length,
    pendingBytes: pending.reduce((n, e) => n + e.size, 0),
    quarantinedBundles: entries.length - pending.length,
    bundles: entries.map((e) => ({
      id: e.id,
      createdAt: e.createdAt,
      full: e.full,
      records: e.records,
      bytes: e.size,
      partsDone: e.parts.filter((p) => p.delivered).length,
      partsTotal: e.parts.length,
      attempts: e.attempts,
      nextAttemptAt: iso(e.nextAttemptAt),
      lastError: e.lastError,
      quarantined: e.quarantined,
    })),
    lastDeliveryAt: state.lastDeliveryAt,
    nextAttemptAt: iso(loop.nextAttemptAt),
    lastError: configured ? loop.lastError : 'sync_not_configured',
    certificate: configured && loop.lastError === 'sync_cert_untrusted' ? loop.certificate : null,
    progress: loop.progress && { ...loop.progress },
  };
};
