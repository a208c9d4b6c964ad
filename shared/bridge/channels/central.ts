import { z } from 'zod';
import { defineChannels } from '../channel';
import { ErrorCode } from '../result';
import { TableName } from '../../model/tables';
import { BundleHeader } from '../../sync/format';
import { webdavUrlProblem } from '../../sync/webdav-url';
import { CertificateInfo } from './sync';

const WebdavUrl = z
  .url({ protocol: /^https?$/ })
  .max(1000)
  .refine((u) => webdavUrlProblem(u) === null, 'https only (http on loopback), no credentials in the address');

export const InboxConfig = z.object({
  /** A folder bundles are copied into (USB key, share); rescanned on demand and at start. */
  folder: z.string().min(1).max(1000).nullable(),
  /** A WebDAV folder the laptops upload to; its password lives in the secret store. */
  webdav: z
    .object({
      url: WebdavUrl,
      username: z.string().max(200),
      /** Browser mode: a PEM file of certificate authorities to trust, as for the laptops' sync target. */
      caFile: z.string().max(1000).nullable().optional(),
    })
    .nullable(),
});
export type InboxConfig = z.infer<typeof InboxConfig>;

export const CentralDevice = z.object({
  deviceId: z.string().min(4).max(64),
  /** Ed25519 signing key, base64, pinned at first sight. */
  publicKey: z.string().max(100),
  fingerprint: z.string().max(40),
  /** The office its bundles name. */
  establishment: z.string().max(200),
  status: z.enum(['pending', 'approved', 'revoked']),
  firstSeenAt: z.string().max(40),
  decidedAt: z.string().max(40).nullable(),
  lastBundleAt: z.string().max(40).nullable(),
  /** Its own age recipient (bundle 1.4), to send its office's records back. */
  replyTo: z.string().max(100).nullable(),
});
export type CentralDevice = z.infer<typeof CentralDevice>;

const KeyInfo = z.object({ recipient: z.string(), fingerprint: z.string() });

export const CentralStatus = z.object({
  mode: z.enum(['laptop', 'central']),
  /** The central office's public key; null until central mode is chosen. */
  identity: KeyInfo.nullable(),
  /** This installation's own age key (laptops receive bundles for it). */
  deviceKey: KeyInfo,
  inbox: InboxConfig,
  devices: z.array(CentralDevice),
  quarantine: z.array(z.object({ file: z.string(), code: ErrorCode, message: z.string(), at: z.string() })),
  protectedAtRest: z.boolean(),
});
export type CentralStatus = z.infer<typeof CentralStatus>;

export const OpenedForMerge = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('ready'),
    header: BundleHeader,
    /** Every record validated against the shared schemas (tombstones reduced to bookkeeping). */
    records: z.partialRecord(TableName, z.array(z.record(z.string(), z.unknown()))),
  }),
  /** Signed by a device nobody approved yet: waits, nothing merged. */
  z.object({ status: z.literal('held'), deviceId: z.string(), fingerprint: z.string(), establishment: z.string() }),
  /** Set aside with its reason (bad signature, revoked device, damaged…). */
  z.object({ status: z.literal('refused'), code: ErrorCode, message: z.string().max(300) }),
]);
export type OpenedForMerge = z.infer<typeof OpenedForMerge>;

export const centralChannels = defineChannels({
  'central.status': { input: z.object({}), output: CentralStatus },
  /** Central mode: makes the central office's age key pair (once) and returns its public key. */
  'central.enable': { input: z.object({}), output: KeyInfo },
  /** The private identity encrypted with a passphrase (age scrypt), as a file to keep offline. */
  'central.backupIdentity': {
    input: z.object({ passphrase: z.string().min(12).max(1000) }),
    output: z.object({ fileName: z.string(), base64: z.string() }),
  },
  /** Central mode on a new computer, from the passphrase-protected backup of the identity. */
  'central.restoreIdentity': {
    input: z.object({ base64: z.string().min(1).max(100_000), passphrase: z.string().min(1).max(1000) }),
    output: KeyInfo,
  },
  /** Where bundles arrive. A WebDAV password omitted keeps the stored one. */
  'central.configureInbox': {
    input: z.object({
      folder: z.string().trim().min(1).max(1000).nullable(),
      webdav: z
        .object({
          url: WebdavUrl,
          username: z.string().max(200),
          password: z.string().max(1000).optional(),
          caFile: z.string().trim().max(1000).nullable().optional(),
        })
        .nullable(),
    }),
    output: CentralStatus,
  },
  /** Pulls the WebDAV inbox, then lists the complete bundles of the inbox folders. */
  'central.scan': {
    input: z.object({}),
    output: z.object({
      bundles: z.array(z.object({ file: z.string(), bundleId: z.string().nullable(), quarantined: z.boolean() })),
      pulled: z.number().int(),
      webdavError: ErrorCode.nullable(),
      /** Whose certificate the WebDAV server showed when it was not trusted. */
      webdavCertificate: CertificateInfo.nullable().optional(),
    }),
  },
  /** Decrypts, verifies the signature and the device, validates every record. */
  'central.open': { input: z.object({ file: z.string().min(1).max(300) }), output: OpenedForMerge },
  /** Puts a quarantined bundle back in line (after the cause is fixed). */
  'central.unquarantine': { input: z.object({ file: z.string().min(1).max(300) }), output: CentralStatus },
  'central.decideDevice': {
    input: z.object({ deviceId: z.string().min(4).max(64), decision: z.enum(['approve', 'revoke']) }),
    output: CentralStatus,
  },
  /**
   * A full bundle of one office's records, encrypted for that office's approved devices,
   * written to a folder (a USB key, or the folder the laptops receive from).
   */
  'central.sendToOffice': {
    input: z.object({
      establishment: z.string().max(200),
      folder: z.string().trim().min(1).max(1000),
      deviceId: z.string().min(4).max(64),
      records: z.partialRecord(TableName, z.array(z.unknown()).max(1_000_000)),
    }),
    output: z.object({ file: z.string(), bytes: z.number().int(), records: z.number().int(), devices: z.number().int() }),
  },
});
