import { z } from 'zod';
import { defineChannels } from '../channel';
import { ErrorCode } from '../result';
import { TableName } from '../../model/tables';
import { webdavUrlProblem } from '../../sync/webdav-url';

const Stamp = z.string().min(10).max(120);
const WebdavUrl = z
  .url({ protocol: /^https?$/ })
  .max(1000)
  .refine((u) => webdavUrlProblem(u) === null, 'https only (http on loopback), no credentials in the address');
const Instant = z.string().max(40);

/** A PEM file of certificate authorities to trust (browser mode; the desktop app uses the system's store). */
const CaFile = z.string().max(1000).nullable().optional();

export const SyncTarget = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('folder'), path: z.string().min(1).max(1000) }),
  z.object({ kind: z.literal('webdav'), url: WebdavUrl, username: z.string().max(200), caFile: CaFile }),
]);
export type SyncTarget = z.infer<typeof SyncTarget>;

export const OutboxBundleStatus = z.object({
  id: z.string(),
  createdAt: Instant,
  full: z.boolean(),
  records: z.number().int(),
  bytes: z.number().int(),
  partsDone: z.number().int(),
  partsTotal: z.number().int(),
  attempts: z.number().int(),
  nextAttemptAt: Instant.nullable(),
  lastError: ErrorCode.nullable(),
  quarantined: z.object({ reason: ErrorCode, at: Instant }).nullable(),
});

/** Whose certificate a server showed when it was not trusted: what central IT needs to hear. */
export const CertificateInfo = z.object({
  subject: z.string().max(1000),
  issuer: z.string().max(1000),
  /** SHA-256 fingerprint, colon-separated hex, as browsers and `openssl x509 -fingerprint -sha256` show it. */
  sha256: z.string().max(200),
  validFrom: z.string().max(100),
  validTo: z.string().max(100),
});
export type CertificateInfo = z.infer<typeof CertificateInfo>;

export const SyncStatus = z.object({
  /**
   * not_configured: no target or no central key; waiting: retrying later; offline: probing
   * the target; needs_action: retries stopped until the user acts (a refused password, a
   * missing or forbidden folder): lastError says what.
   */
  state: z.enum(['not_configured', 'idle', 'sending', 'waiting', 'offline', 'needs_action']),
  target: SyncTarget.nullable(),
  centralKeySet: z.boolean(),
  /** Export records whose stamp is greater than this (null: everything). */
  sinceStamp: Stamp.nullable(),
  pendingBundles: z.number().int(),
  pendingBytes: z.number().int(),
  quarantinedBundles: z.number().int(),
  bundles: z.array(OutboxBundleStatus),
  lastDeliveryAt: Instant.nullable(),
  nextAttemptAt: Instant.nullable(),
  lastError: ErrorCode.nullable(),
  /** With lastError sync_cert_untrusted: the certificate the server showed, when it could be read. */
  certificate: CertificateInfo.nullable().default(null),
  /** While sending: bytes confirmed by the target out of the bytes this run must send. */
  progress: z.object({ doneBytes: z.number().int(), totalBytes: z.number().int() }).nullable(),
});
export type SyncStatus = z.infer<typeof SyncStatus>;

const KeyInfo = z.object({ recipient: z.string(), fingerprint: z.string() });

/** A destination as the form gives it. A WebDAV password omitted means the stored one. */
const TargetInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }),
  z.object({ kind: z.literal('folder'), path: z.string().min(1).max(1000) }),
  z.object({
    kind: z.literal('webdav'),
    url: WebdavUrl,
    username: z.string().max(200),
    password: z.string().max(1000).optional(),
    caFile: CaFile,
  }),
]);

export const syncChannels = defineChannels({
  /** Everything the sync screen shows; cheap, meant to be polled (every 1–2 s while open). */
  'sync.status': { input: z.object({}), output: SyncStatus },
  /**
   * Seals the given records into an encrypted bundle in the outbox. Incremental: the
   * renderer sends records with stamp > sinceStamp, echoing the sinceStamp it read from
   * sync.status; full: every record, sinceStamp null.
   */
  'sync.exportBundle': {
    input: z.object({
      full: z.boolean(),
      sinceStamp: Stamp.nullable(),
      deviceId: z.string().min(4).max(64),
      establishment: z.string().max(200).default(''),
      records: z.partialRecord(TableName, z.array(z.unknown()).max(1_000_000)),
    }),
    output: z.object({
      written: z.boolean(),
      bundleId: z.string().nullable(),
      bytes: z.number().int(),
      records: z.number().int(),
      toStamp: Stamp.nullable(),
      /** Waiting bundles the new one made redundant and removed. */
      superseded: z.number().int(),
    }),
  },
  /** Starts delivering now, ignoring backoff; returns at once, progress shows in sync.status. */
  'sync.sendNow': { input: z.object({}), output: SyncStatus },
  /** Central office key (pasted age1… text or a file's text) and an optional escrow key. */
  'sync.setCentralKey': {
    input: z.object({ recipient: z.string().min(1).max(20_000), escrow: z.string().max(20_000).nullable().default(null) }),
    output: z.object({ central: KeyInfo, escrow: KeyInfo.nullable() }),
  },
  /** Keys to show and confirm by phone; the device's public signing key to export. */
  'sync.keys': {
    input: z.object({}),
    output: z.object({
      central: KeyInfo.nullable(),
      escrow: KeyInfo.nullable(),
      device: z.object({ publicKey: z.string(), fingerprint: z.string(), exportText: z.string() }),
      /** False when secrets sit in a user-only file rather than the OS keychain: show a warning. */
      protectedAtRest: z.boolean(),
    }),
  },
  /** Where bundles go. A WebDAV password omitted keeps the stored one. */
  'sync.configureTarget': {
    input: TargetInput,
    output: z.object({ target: SyncTarget.nullable() }),
  },
  /**
   * One light reachability check: of `candidate` (what the form holds, never saved by the
   * test) or, without it, of the saved target.
   */
  'sync.testTarget': {
    input: z.object({ candidate: TargetInput.optional() }),
    output: z.object({ reachable: z.boolean(), error: ErrorCode.nullable(), certificate: CertificateInfo.nullable().default(null) }),
  },
  /** Puts quarantined bundles (one, or all) back in line and tries again. */
  'sync.retryQuarantined': { input: z.object({ bundleId: z.string().max(40).optional() }), output: SyncStatus },
});
