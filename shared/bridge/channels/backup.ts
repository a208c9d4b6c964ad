import { z } from 'zod';
import { defineChannels } from '../channel';
import { ErrorCode } from '../result';
import { TableName } from '../../model/tables';
import { Base64 } from './app';

/** How a backup is encrypted: for the central office's key(s), or for a backup passphrase. */
export const BackupProtection = z.enum(['central_key', 'passphrase']);

export const BackupFile = z.object({ name: z.string().max(200), createdAt: z.string().max(40), bytes: z.number().int().min(0) });

export const BackupStatus = z.object({
  /** The second folder (a USB key); null: local backup is off. */
  folder: z.string().nullable(),
  protection: BackupProtection.nullable(),
  passphraseSet: z.boolean(),
  keep: z.number().int(),
  intervalHours: z.number().int(),
  lastBackupAt: z.string().max(40).nullable(),
  lastError: ErrorCode.nullable(),
  /** Newest first; only this app's own files (relais-backup-*.age). */
  files: z.array(BackupFile),
});
export type BackupStatus = z.infer<typeof BackupStatus>;

/** A passphrase long enough that scrypt makes guessing it slow and costly. */
export const BackupPassphrase = z.string().min(12).max(200);

const Records = z.partialRecord(TableName, z.array(z.unknown()).max(1_000_000));

export const backupChannels = defineChannels({
  'backup.status': { input: z.object({}), output: BackupStatus },
  /** Chooses the folder, the protection (a passphrase is kept in the secret store), how many to keep and how often. */
  'backup.configure': {
    input: z.object({
      folder: z.string().min(1).max(1000).nullable(),
      protection: BackupProtection,
      passphrase: BackupPassphrase.optional(),
      keep: z.number().int().min(1).max(50).default(5),
      intervalHours: z
        .number()
        .int()
        .min(1)
        .max(24 * 14)
        .default(24),
    }),
    output: BackupStatus,
  },
  /** Writes one encrypted full bundle of the given records to the backup folder, then keeps the newest `keep`. */
  'backup.run': {
    input: z.object({ deviceId: z.string().min(4).max(64), establishment: z.string().max(200).default(''), records: Records }),
    output: BackupStatus,
  },
  /**
   * Opens a backup file (its bytes, from a file picker) with the central office's identity
   * or the backup passphrase, checks it like any bundle and returns its records. Nothing
   * is stored in main: the identity is used once and forgotten.
   */
  'backup.open': {
    input: z.object({
      base64: Base64.max(200 * 1024 * 1024),
      identity: z.string().max(2000).optional(),
      passphrase: z.string().max(200).optional(),
    }),
    output: z.object({
      createdAt: z.string(),
      counts: z.partialRecord(TableName, z.object({ records: z.number(), tombstones: z.number() })),
      records: Records,
    }),
  },
});
