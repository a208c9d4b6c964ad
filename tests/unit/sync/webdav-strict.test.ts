import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openBundle } from '../../../electron/services/sync/bundle';
import { hasApache, startApache } from '../../support/apache-webdav';
import { startRclone } from '../../support/rclone-webdav';
import { makeTestCertificates } from '../../support/test-certificates';
import { DEVICE, ageKeygen, partner, tempDir, type AgeIdentity } from './fixtures';
import { makeService } from './service-helpers';

let tmp: ReturnType<typeof tempDir>;
let central: AgeIdentity;
let root: string;
let server: { url: string; stop(): Promise<void> };

/** Two strict servers nobody on this project wrote; Apache runs where Debian's apache2 is installed (.ci/run installs it). */
const SERVERS = [
  {
    name: 'rclone serve webdav',
    available: true,
    start: (opts: { cert?: string; key?: string } = {}) => startRclone({ dir: root, user: 'coordo', pass: 'mot-de-passe', ...opts }),
  },
  {
    name: 'Apache mod_dav',
    available: hasApache(),
    start: (opts: { cert?: string; key?: string } = {}) => startApache({ work: tmp.dir, dir: root, user: 'coordo', pass: 'mot-de-passe', ...opts }),
  },
];

/** A folder on the server, made by central IT; writable by Apache's unprivileged user too. */
const serverFolder = (name: string) => {
  mkdirSync(join(root, name));
  chmodSync(join(root, name), 0o777);
};

beforeEach(() => {
  tmp = tempDir();
  central = ageKeygen(tmp.dir);
  root = join(tmp.dir, 'served');
  mkdirSync(root);
});
afterEach(async () => {
  await server.stop();
  tmp.cleanup();
});

const exportOne = (svc: ReturnType<typeof makeService>, n = 1) =>
  svc.exportBundle({ full: true, sinceStamp: null, deviceId: DEVICE, establishment: 'X', records: { partners: [partner(n)] } });

for (const srv of SERVERS)
  describe.skipIf(!srv.available)(`WebDAV against ${srv.name} (strict paths)`, () => {
    beforeEach(async () => {
      server = await srv.start();
    });

    for (const [folder, typed] of [
      ['Envois reçus', 'Envois reçus'],
      ['Envois reçus', 'Envois%20re%C3%A7us'],
      ['Dossier #3 à 100%', 'Dossier%20%233%20%C3%A0%20100%25'],
    ] as const) {
      it(`delivers into a folder named « ${folder} » typed as « ${typed} », split in parts, and leaves no .uploading behind`, async () => {
        serverFolder(folder);
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
      serverFolder('Envois reçus');
      const svc = makeService(tmp.dir);
      await svc.setCentralKey(central.recipient, null);
      await svc.configureTarget({ kind: 'webdav', url: `${server.url}Envois reçus/`, username: 'coordo' }, 'mot-de-passe');
      await exportOne(svc);
      await svc.drain();
      expect(await svc.status()).toMatchObject({ pendingBundles: 0, lastError: null });
      expect(readdirSync(join(root, 'Envois reçus')).filter((n) => n.endsWith('.age'))).toHaveLength(1);
    });

    it('over https with an internal CA: not trusted without its file, delivered with it', async () => {
      await server.stop();
      const certs = makeTestCertificates(tmp.dir);
      server = await srv.start({ cert: certs.serverCert, key: certs.serverKey });
      serverFolder('Envois reçus');
      const svc = makeService(tmp.dir);
      await svc.setCentralKey(central.recipient, null);
      await svc.configureTarget({ kind: 'webdav', url: `${server.url}Envois reçus/`, username: 'coordo' }, 'mot-de-passe');
      const refused = await svc.testTarget();
      expect(refused).toMatchObject({ reachable: false, error: 'sync_cert_untrusted' });
      expect(refused.certificate?.sha256).toBe(certs.fingerprint(certs.serverCert));
      await svc.configureTarget({ kind: 'webdav', url: `${server.url}Envois reçus/`, username: 'coordo', caFile: certs.caCert });
      await exportOne(svc);
      await svc.drain();
      expect(await svc.status()).toMatchObject({ pendingBundles: 0, lastError: null });
      expect(readdirSync(join(root, 'Envois reçus')).filter((n) => n.endsWith('.age'))).toHaveLength(1);
    });

    it('a wrong password is an authentication failure, and a missing folder a target error', async () => {
      const svc = makeService(tmp.dir);
      await svc.setCentralKey(central.recipient, null);
      await svc.configureTarget({ kind: 'webdav', url: server.url, username: 'coordo' }, 'faux');
      expect(await svc.testTarget()).toMatchObject({ reachable: false, error: 'sync_auth' });
      await svc.configureTarget({ kind: 'webdav', url: `${server.url}Absent/`, username: 'coordo' }, 'mot-de-passe');
      expect(await svc.testTarget()).toMatchObject({ reachable: false, error: 'sync_folder_missing' });
      await exportOne(svc);
      await svc.drain();
      expect(await svc.status()).toMatchObject({ state: 'needs_action', lastError: 'sync_folder_missing', pendingBundles: 1, quarantinedBundles: 0 });
    });
  });
