import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RelaisError } from '../../../shared/bridge/result';
import { silentLogger } from '../../../electron/services/logger';
import { fileSecretStore } from '../../../electron/services/secret-store';
import { BackupService } from '../../../electron/services/backup/service';
import { SyncService } from '../../../electron/services/sync/service';
import { DEVICE, ageKeygen, contact, partner, tempDir, tombstone } from '../sync/fixtures';

let tmp: ReturnType<typeof tempDir>;
let usb: string;
let t = Date.UTC(2026, 10, 27, 14, 0);
const PASS = 'cheval-rivière-87-lanterne';

beforeEach(() => {
  tmp = tempDir();
  usb = join(tmp.dir, 'usb');
  mkdirSync(usb);
});
afterEach(() => tmp.cleanup());

const service = () =>
  new BackupService(
    { dataDir: join(tmp.dir, 'data'), secrets: fileSecretStore(join(tmp.dir, 'data')), log: silentLogger },
    { now: () => new Date(t), scryptLogN: 14 },
  );
const records = { partners: [partner(1), partner(2), tombstone(3)], contacts: [contact(4, '01JPARTNER00000001')] };
const code = async (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e: unknown) => (e instanceof RelaisError ? e.code : String(e)),
  );

describe('automatic local backup', () => {
  it('writes an encrypted full bundle to the second folder and keeps only the newest few', async () => {
    const svc = service();
    await svc.configure({ folder: usb, protection: 'passphrase', passphrase: PASS, keep: 2, intervalHours: 24 });
    for (let i = 0; i < 4; i++) {
      t += 60_000;
      await svc.run({ deviceId: DEVICE, establishment: 'CRSSS-BJ', records });
    }
    const status = await svc.status();
    expect(status.lastBackupAt).toBe(new Date(t).toISOString());
    expect(status.files.map((f) => f.createdAt)).toEqual([new Date(t).toISOString(), new Date(t - 60_000).toISOString()]);
    expect(readdirSync(usb).sort()).toEqual(status.files.map((f) => f.name).sort());
    // Nothing in clear: the file is age, and the passphrase is not in the config.
    expect(readFileSync(join(usb, status.files[0]!.name)).subarray(0, 21).toString()).toBe('age-encryption.org/v1');
    expect(readFileSync(join(tmp.dir, 'data', 'backup', 'config.json'), 'utf8')).not.toContain(PASS);
    // Another USB key holds no backup yet: the schedule sees one as due at once.
    const other = join(tmp.dir, 'usb-2');
    mkdirSync(other);
    expect((await svc.configure({ folder: other, protection: 'passphrase', keep: 2, intervalHours: 24 })).lastBackupAt).toBeNull();
  });

  it('opens a passphrase backup with every record, and refuses a wrong passphrase', async () => {
    const svc = service();
    await svc.configure({ folder: usb, protection: 'passphrase', passphrase: PASS, keep: 5, intervalHours: 24 });
    const { files } = await svc.run({ deviceId: DEVICE, establishment: 'X', records });
    const bytes = readFileSync(join(usb, files[0]!.name));
    const opened = await svc.open({ bytes, passphrase: PASS });
    expect(opened.counts).toEqual({ partners: { records: 2, tombstones: 1 }, contacts: { records: 1, tombstones: 0 } });
    expect(opened.document.header.full).toBe(true);
    expect(await code(svc.open({ bytes, passphrase: 'not-the-passphrase' }))).toBe('bundle_wrong_key');
  });

  it('refuses a passphrase file whose scrypt work factor would cost more memory than any backup', async () => {
    const svc = service();
    await svc.configure({ folder: usb, protection: 'passphrase', passphrase: PASS, keep: 5, intervalHours: 24 });
    const { files } = await svc.run({ deviceId: DEVICE, establishment: 'X', records });
    const text = readFileSync(join(usb, files[0]!.name))
      .toString('latin1')
      .replace(/^(-> scrypt \S+ )14$/m, '$120');
    expect(await code(svc.open({ bytes: Buffer.from(text, 'latin1'), passphrase: PASS }))).toBe('bundle_too_large');
  });

  it('is a standard age passphrase file: the age CLI decrypts it from a terminal', async () => {
    const svc = service();
    await svc.configure({ folder: usb, protection: 'passphrase', passphrase: PASS, keep: 5, intervalHours: 24 });
    const { files } = await svc.run({ deviceId: DEVICE, establishment: 'X', records });
    const out = join(tmp.dir, 'out.gz');
    // Debian's age reads a passphrase only from a TTY: `script` gives it one and types for us.
    const r = spawnSync('script', ['-qec', `age -d -o ${out} ${join(usb, files[0]!.name)}`, '/dev/null'], { input: `${PASS}\n`, timeout: 60_000 });
    expect(r.status).toBe(0);
    const doc = JSON.parse(gunzipSync(readFileSync(out)).toString('utf8'));
    expect(doc.format).toBe('relais-bundle');
    expect(doc.records.partners).toHaveLength(3);
  });

  it("can use the central office's key instead, opened with its identity (and by the age CLI)", async () => {
    const central = ageKeygen(tmp.dir);
    const data = join(tmp.dir, 'data');
    await new SyncService({ dataDir: data, secrets: fileSecretStore(data), log: silentLogger }).setCentralKey(central.recipient, null);
    const svc = service();
    await svc.configure({ folder: usb, protection: 'central_key', keep: 5, intervalHours: 24 });
    const { files } = await svc.run({ deviceId: DEVICE, establishment: 'X', records });
    const file = join(usb, files[0]!.name);
    const opened = await svc.open({ bytes: readFileSync(file), identity: readFileSync(central.file, 'utf8') });
    expect(opened.counts.partners).toEqual({ records: 2, tombstones: 1 });
    expect(JSON.parse(gunzipSync(execFileSync('age', ['-d', '-i', central.file, file])).toString()).format).toBe('relais-bundle');
  });

  it('says so when the USB key is away, and never writes to the laptop instead', async () => {
    const svc = service();
    const away = join(tmp.dir, 'usb-pulled');
    await svc.configure({ folder: away, protection: 'passphrase', passphrase: PASS, keep: 5, intervalHours: 24 });
    expect(await code(svc.run({ deviceId: DEVICE, establishment: 'X', records }))).toBe('folder_unavailable');
    expect(existsSync(away)).toBe(false);
    expect((await svc.status()).lastError).toBe('folder_unavailable');
  });

  it('removes only its own leftovers from the folder', async () => {
    const svc = service();
    writeFileSync(join(usb, 'relais-backup-01JABCDEFGHJKMNPQRSTVWXYZ0.age.0a1b2c3d.tmp'), 'partial');
    writeFileSync(join(usb, 'photos.jpg'), 'not ours');
    await svc.configure({ folder: usb, protection: 'passphrase', passphrase: PASS, keep: 1, intervalHours: 24 });
    await svc.run({ deviceId: DEVICE, establishment: 'X', records });
    expect(
      readdirSync(usb)
        .filter((n) => !n.endsWith('.age'))
        .sort(),
    ).toEqual(['photos.jpg']);
  });
});
