import { z } from 'zod';

/**
 * Error codes that cross the bridge. The renderer translates each one (errors.<code>);
 * messages never carry personal data.
 */
export const ErrorCode = z.enum([
  'invalid_input',
  'unknown_channel',
  'forbidden',
  'internal',
  'unsupported',
  'cancelled',
  'disk_full',
  'not_found',
  // bundles and sync
  'bundle_wrong_key',
  'bundle_tampered',
  'bundle_truncated',
  'bundle_bad_signature',
  'bundle_newer_version',
  'bundle_not_a_bundle',
  'no_recipient',
  'invalid_public_key',
  'sync_offline',
  'sync_auth',
  'sync_server',
  'sync_not_configured',
  'folder_unavailable',
  'outbox_damaged',
  'sync_rejected',
  'sync_verify_failed',
  'sync_stale_since',
  // WebDAV targets as central IT runs them (issue 16)
  'sync_cert_untrusted',
  'sync_folder_missing',
  'sync_forbidden',
  'sync_ca_file',
  'secret_key_pasted',
  'secrets_locked',
  // printables
  'pdf_failed',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const BridgeError = z.object({ code: ErrorCode, message: z.string().max(500) });
export type BridgeError = z.infer<typeof BridgeError>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: BridgeError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string = code): Result<never> => ({ ok: false, error: { code, message } });

/** Thrown by services to answer with a specific code rather than 'internal'. */
export class RelaisError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string = code,
  ) {
    super(message);
    this.name = 'RelaisError';
  }
}
