import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openBundle } from '../../../electron/services/sync/bundle';
import { startRclone, type RcloneServer } from '../../support/rclone-webdav';
import { DEVICE, ageKeygen, partner, tempDir, type AgeIdentity } from './fixtures';
import { makeService } from './service-helpers';

let tmp: ReturnType<typeof tempDir>;
let central: AgeIdentity;
let root: string;
let server: RcloneServer;

beforeEach(async () => {
  tmp = tempDir();
  central = ageKeygen(tmp.dir);
  root = join(tmp.dir, 'served');
  mkdirSync(root);
  server = await startRclone({ dir: root, user: 'coordo', pass: 'mot-de-passe' });
});
afterEach(async () => {
  await server.stop();
  tmp.cleanup();
});

const exportOne = (svc: ReturnType<typeof makeService>, n = 1) =>
  svc.exportBundle({ full: true, sinceStamp: null, deviceId: DEVICE, establishment: 'X', records: { partners: [partner(n)] } });

describe('WebDAV against rclone serve webdav (strict paths)', () => {
  for (const [folder, typed] of [
    ['Envois reçus', 'Envois reçus'],
    ['Envois reçus', 'Envois%20re%C3%A7us'],
    ['Dossier #3 à 100%', 'Dossier%20%233%20%C3%A0%20100%25'],
  ] as const) {
    it(`delivers into a folder named « ${folder} » typed as « ${typed} », split in parts, and leaves no .uploading behind`, async () => {
      mkdirSync(join(root, folder));
      const svc = makeService(tmp.dir, { partSize: 2048 });
      await svc.setCentralKey(central.recipient, null);
      await svc.configureTarget({ kind: 'webdav', url: `${server.url}${typed}/`, username: 'coordo' }, 'mot-de-passe');
      expect(await svc.testTarget()).toMatchObject({ reachable: true, error: null });
      await svc.exportBundle({
        full: true,
        sinceStamp: null,
        deviceId: DEVICE,
        establishment: 'X',
        records: { partners: Array.from({ length: 6 }, (_, i) => partner(i + 1, { notes: randomBytes(700).toString('hex') })) },
      });
      await svc.drain();
      const status = await svc.status();
      expect(status).toMatchObject({ pendingBundles: 0, quarantinedBundles: 0, lastError: null });
      const names = readdirSync(join(root, folder));
      expect(names.some((n) => n.endsWith('.uploading'))).toBe(false);
      const manifestName = names.find((n) => n.endsWith('.parts.json')) as string;
      const manifest = JSON.parse(readFileSync(join(root, folder, manifestName), 'utf8')) as { parts: { name: string }[] };
      const whole = Buffer.concat(manifest.parts.map((p) => readFileSync(join(root, folder, p.name))));
      expect((await openBundle(whole, [central.identity])).counts.partners).toEqual({ records: 6, tombstones: 0 });
    });
  }

  it('delivers a small bundle into a folder with a space and an accent', async () => {
    mkdirSync(join(root, 'Envois reçus'));
    const svc = makeService(tmp.dir);
    await svc.setCentralKey(central.recipient, null);
    await svc.configureTarget({ kind: 'webdav', url: `${server.url}Envois reçus/`, username: 'coordo' }, 'mot-de-passe');
    await exportOne(svc);
    await svc.drain();
    expect(await svc.status()).toMatchObject({ pendingBundles: 0, lastError: null });
    expect(readdirSync(join(root, 'Envois reçus')).filter((n) => n.endsWith('.age'))).toHaveLength(1);
  });
});
