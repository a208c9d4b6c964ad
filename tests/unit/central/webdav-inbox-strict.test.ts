import { mkdirSync, chmodSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// The harness first: it installs fake-indexeddb before Dexie loads.
import { Laptop, Machine, cleanupAll, partnerFields, tmp } from './harness';
import { receiveAll } from '../../../renderer/src/screens/central/receiveLoop';
import { hasApache, startApache } from '../../support/apache-webdav';
import { startRclone } from '../../support/rclone-webdav';
import { makeTestCertificates } from '../../support/test-certificates';

afterAll(cleanupAll);

/**
 * The central office's WebDAV inbox goes through the laptops' own WebDAV client (the same
 * HTTP client, CA file, certificate, password and path handling), checked here against
 * strict servers nobody on this project wrote, over https with an internal CA.
 */
const SERVERS = [
  {
    name: 'rclone serve webdav',
    available: true,
    start: (o: { dir: string; work: string; cert: string; key: string }) => startRclone({ ...o, user: 'bureau', pass: 'bon-mot-de-passe' }),
  },
  {
    name: 'Apache mod_dav',
    available: hasApache(),
    start: (o: { dir: string; work: string; cert: string; key: string }) => startApache({ ...o, user: 'bureau', pass: 'bon-mot-de-passe' }),
  },
];

for (const srv of SERVERS)
  describe.skipIf(!srv.available)(`the central WebDAV inbox against ${srv.name}`, () => {
    it('over https with an internal CA: refused without the CA file (saying whose certificate), pulled with it from « Envois reçus » typed encoded, parts reassembled; wrong password and missing folder told apart', async () => {
      const work = tmp('dav');
      const root = join(work, 'served');
      mkdirSync(join(root, 'Envois reçus'), { recursive: true });
      chmodSync(root, 0o777);
      chmodSync(join(root, 'Envois reçus'), 0o777);
      const certs = makeTestCertificates(work);
      const server = await srv.start({ dir: root, work, cert: certs.serverCert, key: certs.serverKey });
      try {
        const central = await Machine.make();
        const key = await central.call('central.enable', {});
        const laptop = await Laptop.make({ partSize: 2048 });
        await laptop.setOffice('CISSS de la Gaspésie');
        await laptop.call('sync.setCentralKey', { recipient: key.recipient, escrow: null });
        await laptop.call('sync.configureTarget', {
          kind: 'webdav',
          url: `${server.url}Envois reçus/`,
          username: 'bureau',
          password: 'bon-mot-de-passe',
          caFile: certs.caCert,
        });
        for (let i = 0; i < 30; i++) await laptop.records.save('partners', partnerFields(`Inès${i}`, `Nomfictif${i}`));
        await laptop.send();
        const names = readdirSync(join(root, 'Envois reçus'));
        expect(names.some((n) => n.endsWith('.parts.json'))).toBe(true);
        expect(names.filter((n) => /\.part-\d{4}$/.test(n)).length).toBeGreaterThan(1);

        const inbox = { url: `${server.url}Envois%20re%C3%A7us/`, username: 'bureau' };
        await central.call('central.configureInbox', { folder: null, webdav: { ...inbox, password: 'bon-mot-de-passe' } });
        const untrusted = await central.call('central.scan', {});
        expect(untrusted.webdavError).toBe('sync_cert_untrusted');
        expect(untrusted.webdavCertificate?.sha256).toBe(certs.fingerprint(certs.serverCert));
        expect(untrusted.webdavCertificate?.issuer).toContain('CA interne de test Relais');

        await central.call('central.configureInbox', { folder: null, webdav: { ...inbox, caFile: certs.caCert } });
        expect((await central.call('central.status', {})).inbox.webdav).toMatchObject({ caFile: certs.caCert });
        const held = await receiveAll({ db: central.db, call: central.call, central: true });
        expect(held).toMatchObject({ webdavError: null, held: [expect.objectContaining({ establishment: 'CISSS de la Gaspésie' })] });
        await central.approveAll();
        expect(await receiveAll({ db: central.db, call: central.call, central: true })).toMatchObject({ applied: 1, refused: [], webdavError: null });
        expect(await central.db.partners.count()).toBe(30);
        // Pulled again: nothing downloaded twice, nothing merged twice.
        expect(await central.call('central.scan', {})).toMatchObject({ pulled: 0, webdavError: null });

        await central.call('central.configureInbox', { folder: null, webdav: { ...inbox, caFile: certs.caCert, password: 'mauvais' } });
        expect((await central.call('central.scan', {})).webdavError).toBe('sync_auth');
        await central.call('central.configureInbox', {
          folder: null,
          webdav: { url: `${server.url}Absent/`, username: 'bureau', caFile: certs.caCert, password: 'bon-mot-de-passe' },
        });
        expect((await central.call('central.scan', {})).webdavError).toBe('sync_folder_missing');
      } finally {
        await server.stop();
      }
    }, 120_000);
  });
