import { mkdir, readdir, readFile, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { decodeTime } from 'ulid';
import { z } from 'zod';
import { BackupProtection, type BackupStatus } from '../../../shared/bridge/channels/backup';
import { ErrorCode, RelaisError } from '../../../shared/bridge/result';
import type { BundleRecords } from '../../../shared/sync/format';
import type { Logger } from '../logger';
import type { SecretStore } from '../secret-store';
import type { PassphraseRecipient } from '../sync/age';
import { writeFileAtomic } from '../sync/atomic';
import { openBundle, openBundleWithPassphrase, type OpenedBundle } from '../sync/bundle';
import { loadConfig } from '../sync/config';
import { buildBundle } from '../sync/export';
import { loadDeviceKey } from '../sync/keys';
import { sha256Hex } from '../sync/parts';

/**
 * Automatic local backup: an encrypted full bundle in a second folder (a USB key), so
 * the work typed between two deliveries survives a dead laptop. Same format as a sync
 * bundle (docs/bundle-format.md), encrypted either for the central office's key(s) or
 * for a backup passphrase (age scrypt, readable by `age -d` with the passphrase).
 */
const PASSPHRASE = 'backup.passphrase';
const NAME = /^relais-backup-([0-9A-HJKMNP-TV-Z]{26})\.age$/;
const OWN_TMP = /^relais-backup-[0-9A-HJKMNP-TV-Z]{26}\.age\.[0-9a-f]{8}\.tmp$/;

const BackupConfig = z.object({
  folder: z.string().nullable(),
  protection: BackupProtection.nullable(),
  keep: z.number().int().min(1).max(50),
  intervalHours: z.number().int().min(1),
  lastBackupAt: z.string().nullable(),
  lastError: ErrorCode.nullable(),
});
type BackupConfig = z.infer<typeof BackupConfig>;
const DEFAULTS: BackupConfig = { folder: null, protection: null, keep: 5, intervalHours: 24, lastBackupAt: null, lastError: null };

export interface BackupHost {
  dataDir: string;
  secrets: SecretStore;
  log: Logger;
}

export interface BackupOptions {
  now?: () => Date;
  /** scrypt work factor for passphrase backups (age's default 18; tests may lower it). */
  scryptLogN?: number;
}

const codeOf = (err: unknown): ErrorCode => {
  if (err instanceof RelaisError) return err.code;
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOSPC') return 'disk_full';
  return code ? 'folder_unavailable' : 'internal';
};

export class BackupService {
  constructor(
    private readonly host: BackupHost,
    private readonly opts: BackupOptions = {},
  ) {}

  private get dir(): string {
    return join(this.host.dataDir, 'backup');
  }

  private now(): Date {
    return this.opts.now?.() ?? new Date();
  }

  private async cfg(): Promise<BackupConfig> {
    try {
      return BackupConfig.parse(JSON.parse(await readFile(join(this.dir, 'config.json'), 'utf8')));
    } catch {
      return { ...DEFAULTS };
    }
  }

  private async save(cfg: BackupConfig): Promise<void> {
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
    await writeFileAtomic(join(this.dir, 'config.json'), JSON.stringify(cfg, null, 2));
  }

  /** This app's backups in the folder, newest first (names sort by time: ULIDs). */
  private async files(folder: string): Promise<BackupStatus['files']> {
    const names = (await readdir(folder).catch(() => [] as string[]))
      .filter((n) => NAME.test(n))
      .sort()
      .reverse();
    const out: BackupStatus['files'] = [];
    for (const name of names) {
      const s = await stat(join(folder, name)).catch(() => null);
      if (s) out.push({ name, createdAt: new Date(decodeTime(NAME.exec(name)?.[1] as string)).toISOString(), bytes: s.size });
    }
    return out;
  }

  async status(): Promise<BackupStatus> {
    const cfg = await this.cfg();
    return {
      folder: cfg.folder,
      protection: cfg.protection,
      passphraseSet: Boolean(await this.host.secrets.get(PASSPHRASE)),
      keep: cfg.keep,
      intervalHours: cfg.intervalHours,
      lastBackupAt: cfg.lastBackupAt,
      lastError: cfg.lastError,
      files: cfg.folder ? await this.files(cfg.folder) : [],
    };
  }

  async configure(input: {
    folder: string | null;
    protection: 'central_key' | 'passphrase';
    passphrase?: string;
    keep: number;
    intervalHours: number;
  }): Promise<BackupStatus> {
    if (input.passphrase !== undefined) await this.host.secrets.set(PASSPHRASE, input.passphrase);
    if (input.protection === 'passphrase' && !(await this.host.secrets.get(PASSPHRASE))) throw new RelaisError('invalid_input', 'choose a backup passphrase');
    const cfg = await this.cfg();
    // A new folder (another USB key) holds no backup yet: the next scheduled check makes one.
    const lastBackupAt = input.folder === cfg.folder ? cfg.lastBackupAt : null;
    await this.save({
      ...cfg,
      folder: input.folder,
      protection: input.protection,
      keep: input.keep,
      intervalHours: input.intervalHours,
      lastBackupAt,
      lastError: null,
    });
    return this.status();
  }

  private async protection(cfg: BackupConfig): Promise<readonly string[] | PassphraseRecipient> {
    if (cfg.protection === 'passphrase') {
      const passphrase = await this.host.secrets.get(PASSPHRASE);
      if (!passphrase) throw new RelaisError('backup_not_configured', 'no backup passphrase');
      return { passphrase, logN: this.opts.scryptLogN };
    }
    const sync = await loadConfig(join(this.host.dataDir, 'sync'), this.host.log);
    if (!sync.central) throw new RelaisError('no_recipient', 'import the central office key first, or protect backups with a passphrase');
    return sync.escrow ? [sync.central, sync.escrow] : [sync.central];
  }

  /** One backup now: a full signed bundle, written atomically, read back, then older ones beyond `keep` removed. */
  async run(input: { deviceId: string; establishment: string; records: BundleRecords }): Promise<BackupStatus> {
    const cfg = await this.cfg();
    try {
      if (!cfg.folder || !cfg.protection) throw new RelaisError('backup_not_configured', 'choose a backup folder first');
      // No mkdir: if the USB key is pulled, writing would land on the laptop's own disk.
      const s = await stat(cfg.folder);
      if (!s.isDirectory()) throw new RelaisError('folder_unavailable', 'the backup path is not a folder');
      const sealed = await buildBundle(
        { full: true, sinceStamp: null, ...input },
        await loadDeviceKey(this.host.secrets),
        await this.protection(cfg),
        this.now(),
      );
      if (!sealed) throw new RelaisError('internal', 'a full bundle is always written');
      const name = `relais-backup-${sealed.header.bundleId}.age`;
      const path = join(cfg.folder, name);
      await writeFileAtomic(path, sealed.bytes);
      if (sha256Hex(await readFile(path)) !== sha256Hex(sealed.bytes))
        throw new RelaisError('sync_verify_failed', 'the backup copy differs from what was written');
      await this.prune(cfg.folder, cfg.keep);
      await this.save({ ...cfg, lastBackupAt: this.now().toISOString(), lastError: null });
      this.host.log.info('backup.written', { bytes: sealed.bytes.length });
    } catch (err) {
      const code = codeOf(err);
      await this.save({ ...cfg, lastError: code }).catch(() => undefined);
      this.host.log.warn('backup.failed', { code });
      throw err instanceof RelaisError ? err : new RelaisError(code, 'the backup could not be written');
    }
    return this.status();
  }

  /** Keeps the newest `keep` of this app's own files; removes its own leftover temporary files. */
  private async prune(folder: string, keep: number): Promise<void> {
    const names = await readdir(folder);
    const ours = names
      .filter((n) => NAME.test(n))
      .sort()
      .reverse();
    for (const old of [...ours.slice(keep), ...names.filter((n) => OWN_TMP.test(n))]) await unlink(join(folder, old)).catch(() => undefined);
  }

  /** Opens a backup with an identity (text holding AGE-SECRET-KEY-1…) or the passphrase; every check of a bundle applies. */
  async open(input: { bytes: Uint8Array; identity?: string; passphrase?: string }): Promise<OpenedBundle> {
    if (input.passphrase) return openBundleWithPassphrase(input.bytes, input.passphrase);
    const identities = input.identity?.match(/AGE-SECRET-KEY-1[0-9A-Z]+/g) ?? [];
    if (!identities.length) throw new RelaisError('invalid_input', 'give the central office identity (AGE-SECRET-KEY-1…) or the backup passphrase');
    return openBundle(input.bytes, identities);
  }
}

const services = new WeakMap<object, BackupService>();

/** One backup service per host context, like the sync service. */
export const backupServiceFor = (ctx: BackupHost, opts?: BackupOptions): BackupService => {
  let s = services.get(ctx);
  if (!s) {
    s = new BackupService(ctx, opts);
    services.set(ctx, s);
  }
  return s;
};
