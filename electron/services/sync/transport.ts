import type { ErrorCode } from '../../../shared/bridge/result';

/**
 * Somewhere bundles go. `put` returns only once the target holds exactly these bytes
 * under that name; it throws a RelaisError whose code says whether the target as a
 * whole is unreachable (wait and retry everything) or this one piece was refused.
 */
export interface Transport {
  readonly kind: 'folder' | 'webdav';
  /** A light check that the target answers, used while waiting for connectivity. */
  probe(): Promise<void>;
  put(name: string, bytes: Uint8Array): Promise<void>;
}

/** Failures that say nothing about a particular bundle: every bundle would fail the same way. */
export const TARGET_ERRORS: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'sync_offline',
  'sync_auth',
  'sync_server',
  'sync_not_configured',
  'folder_unavailable',
  'no_recipient',
  'sync_cert_untrusted',
  'sync_folder_missing',
  'sync_forbidden',
  'sync_ca_file',
]);

/**
 * Target failures that waiting will not cure: retries stop until the user acts. A refused
 * password is never retried by itself (Nextcloud and others throttle, then lock, an
 * account after repeated failures) and waits for a new one; a missing or forbidden folder
 * and an untrusted certificate wait for central IT, then for "Send now", a successful
 * "Test the connection", or new settings.
 */
export const NEEDS_ACTION: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'sync_auth',
  'sync_folder_missing',
  'sync_forbidden',
  'sync_ca_file',
  'sync_cert_untrusted',
]);
