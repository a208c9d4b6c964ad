import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fetchHttpClient, nodeHttpClient, type HttpClient } from '../../../electron/services/sync/http';
import { webdavTransport } from '../../../electron/services/sync/webdav-transport';
import { startRclone, type RcloneServer } from '../../support/rclone-webdav';
import { makeTestCertificates, type TestCertificates } from '../../support/test-certificates';
import { DEVICE, ageKeygen, partner, tempDir, type AgeIdentity } from './fixtures';
import { ManualClock, makeService } from './service-helpers';

let tmp: ReturnType<typeof tempDir>;
let central: AgeIdentity;
let root: string;
let servers: RcloneServer[];
const USER = 'coordo';
const PASS = 'mot-de-passe';

beforeEach(() => {
  tmp = tempDir();
  central = ageKeygen(tmp.dir);
  root = join(tmp.dir, 'served');
  mkdirSync(root);
  servers = [];
});
afterEach(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  tmp.cleanup();
});

const rclone = async (opts: { cert?: string; key?: string } = {}) => {
  const s = await startRclone({ dir: root, user: USER, pass: PASS, ...opts });
  servers.push(s);
  return s;
};

/** Counts the requests that reach the network, to prove that retries stopped. */
const counting = (inner: HttpClient): HttpClient & { count: number } => {
  const f = Object.assign(
    async (req: Parameters<HttpClient>[0]) => {
      f.count++;
      return inner(req);
    },
    { count: 0 },
  );
  return f;
};

const exportOne = (svc: ReturnType<typeof makeService>, n = 1, full = true) =>
  svc.exportBundle({ full, sinceStamp: null, deviceId: DEVICE, establishment: 'X', records: { partners: [partner(n)] } });

const delivered = (folder: string) => readdirSync(folder).filter((n) => n.endsWith('.age'));

describe('file names the transport encodes', () => {
  it('puts a file whose name has a space, accents, # and % into such a folder, and a second put sends nothing', async () => {
    const server = await rclone();
    const folder = 'Dossier #3 à 100%';
    mkdirSync(join(root, folder));
    const http = counting(nodeHttpClient());
    const t = webdavTransport({ url: `${server.url}${folder}/`, username: USER, password: PASS, http });
    await t.probe();
    const name = 'été #1 à 100% (copie).age';
    await t.put(name, Buffer.from('des octets chiffrés'));
    expect(readdirSync(join(root, folder))).toEqual([name]);
    const before = http.count;
    await t.put(name, Buffer.from('des octets chiffrés'));
    expect(http.count - before).toBe(1); // one PROPFIND: already there with the right size
  });
});

describe('certificates', () => {
  let certs: TestCertificates;
  beforeEach(() => {
    certs = makeTestCertificates(tmp.dir);
  });

  it('says an internal CA certificate is not trusted, with whose it is, and delivers once the CA file is set', async () => {
    const server = await rclone({ cert: certs.serverCert, key: certs.serverKey });
    const svc = makeService(tmp.dir);
    await svc.setCentralKey(central.recipient, null);
    await svc.configureTarget({ kind: 'webdav', url: server.url, username: USER }, PASS);

    const test = await svc.testTarget();
    expect(test).toMatchObject({ reachable: false, error: 'sync_cert_untrusted' });
    expect(test.certificate?.sha256).toBe(certs.fingerprint(certs.serverCert));
    expect(test.certificate?.subject).toContain('CN=nuage.test');
    expect(test.certificate?.issuer).toContain('CN=CA interne de test Relais');
    expect(test.certificate?.issuer).toContain('O=Réseau fictif');

    await exportOne(svc);
    await svc.drain();
    let status = await svc.status();
    expect(status).toMatchObject({ pendingBundles: 1, quarantinedBundles: 0, lastError: 'sync_cert_untrusted' });
    expect(status.certificate?.sha256).toBe(certs.fingerprint(certs.serverCert));

    await svc.configureTarget({ kind: 'webdav', url: server.url, username: USER, caFile: certs.caCert });
    expect(await svc.testTarget()).toMatchObject({ reachable: true, error: null, certificate: null });
    await svc.drain();
    status = await svc.status();
    // The earlier problem is gone from the status once a delivery succeeds.
    expect(status).toMatchObject({ pendingBundles: 0, lastError: null, certificate: null });
    expect(delivered(root)).toHaveLength(1);
  });

  it('tells a self-signed certificate, a wrong password and no connection apart', async () => {
    const server = await rclone({ cert: certs.selfSignedCert, key: certs.selfSignedKey });
    const svc = makeService(tmp.dir);
    await svc.setCentralKey(central.recipient, null);
    await svc.configureTarget({ kind: 'webdav', url: server.url, username: USER }, PASS);
    const untrusted = await svc.testTarget();
    expect(untrusted).toMatchObject({ reachable: false, error: 'sync_cert_untrusted' });
    expect(untrusted.certificate).toMatchObject({
      sha256: certs.fingerprint(certs.selfSignedCert),
      subject: 'CN=auto-signe.test',
      issuer: 'CN=auto-signe.test',
    });

    // Trusting that very certificate as the CA file is how a lone server is trusted.
    await svc.configureTarget({ kind: 'webdav', url: server.url, username: USER, caFile: certs.selfSignedCert }, 'faux');
    expect(await svc.testTarget()).toMatchObject({ reachable: false, error: 'sync_auth' });
    await svc.configureTarget({ kind: 'webdav', url: server.url, username: USER, caFile: certs.selfSignedCert }, PASS);
    expect(await svc.testTarget()).toMatchObject({ reachable: true });
    await server.stop();
    expect(await svc.testTarget()).toMatchObject({ reachable: false, error: 'sync_offline' });
  });

  it('refuses a CA file that cannot be read or holds no certificate, in plain words', async () => {
    const server = await rclone({ cert: certs.serverCert, key: certs.serverKey });
    const svc = makeService(tmp.dir);
    await svc.setCentralKey(central.recipient, null);
    await svc.configureTarget({ kind: 'webdav', url: server.url, username: USER, caFile: join(tmp.dir, 'absent.pem') }, PASS);
    expect(await svc.testTarget()).toMatchObject({ reachable: false, error: 'sync_ca_file' });
    writeFileSync(join(tmp.dir, 'notes.txt'), 'pas un certificat');
    await svc.configureTarget({ kind: 'webdav', url: server.url, username: USER, caFile: join(tmp.dir, 'notes.txt') });
    expect(await svc.testTarget()).toMatchObject({ reachable: false, error: 'sync_ca_file' });
  });

  it('reads certificate failures from a fetch (the desktop app passes Electron’s net.fetch; here Node’s fetch stands in)', async () => {
    const server = await rclone({ cert: certs.serverCert, key: certs.serverKey });
    const t = webdavTransport({ url: server.url, username: USER, password: PASS, http: fetchHttpClient(fetch) });
    const err = (await t.probe().catch((e: unknown) => e)) as { code: string; certificate: { sha256: string } | null };
    expect(err.code).toBe('sync_cert_untrusted');
    expect(err.certificate?.sha256).toBe(certs.fingerprint(certs.serverCert));
    const plain = await rclone();
    mkdirSync(join(root, 'Envois reçus'));
    const ok = webdavTransport({ url: `${plain.url}Envois reçus/`, username: USER, password: PASS, http: fetchHttpClient(fetch) });
    await ok.put('relais-x.age', Buffer.from('octets'));
    expect(readdirSync(join(root, 'Envois reçus'))).toEqual(['relais-x.age']);
  });
});

describe('problems of the target, not of a bundle', () => {
  it('a missing folder keeps every bundle waiting, says so at once, and is tried again when the target changes', async () => {
    const server = await rclone();
    const clock = new ManualClock();
    const http = counting(nodeHttpClient());
    const svc = makeService(tmp.dir, { clock, http, baseDelayMs: 1000, maxBundleAttempts: 2 });
    await svc.setCentralKey(central.recipient, null);
    await svc.configureTarget({ kind: 'webdav', url: `${server.url}Envois reçus/`, username: USER }, PASS);
    svc.start();
    await exportOne(svc, 1);
    // An incremental bundle never replaces a waiting full one: two bundles wait.
    await exportOne(svc, 2, false);
    await clock.advance(0);
    let status = await svc.status();
    expect(status).toMatchObject({ state: 'needs_action', lastError: 'sync_folder_missing', pendingBundles: 2, quarantinedBundles: 0, nextAttemptAt: null });
    expect(status.bundles.every((b) => b.attempts === 0 && b.lastError === null)).toBe(true);

    // An hour later nothing was set aside and nothing more was asked of the server.
    const asked = http.count;
    svc.onConnectivityHint();
    await clock.advance(3_600_000);
    status = await svc.status();
    expect(http.count).toBe(asked);
    expect(status).toMatchObject({ state: 'needs_action', pendingBundles: 2, quarantinedBundles: 0 });

    // Central IT makes the folder; the coordinator saves the destination again.
    mkdirSync(join(root, 'Envois reçus'));
    await svc.configureTarget({ kind: 'webdav', url: `${server.url}Envois reçus/`, username: USER });
    await clock.advance(0);
    status = await svc.status();
    expect(status).toMatchObject({ state: 'idle', pendingBundles: 0, lastError: null });
    expect(delivered(join(root, 'Envois reçus'))).toHaveLength(2);
    svc.stop();
  });

  it('a refused password stops the retries until the password is changed, and the status says what to do', async () => {
    const server = await rclone();
    const clock = new ManualClock();
    const http = counting(nodeHttpClient());
    const svc = makeService(tmp.dir, { clock, http, baseDelayMs: 1000 });
    await svc.setCentralKey(central.recipient, null);
    await svc.configureTarget({ kind: 'webdav', url: server.url, username: USER }, 'faux');
    svc.start();
    await exportOne(svc);
    await clock.advance(0);
    const asked = http.count;
    expect(asked).toBeGreaterThan(0);
    expect(await svc.status()).toMatchObject({ state: 'needs_action', lastError: 'sync_auth', pendingBundles: 1, quarantinedBundles: 0, nextAttemptAt: null });

    // Neither time, nor the network coming back, nor "Send now" tries the same password again.
    await clock.advance(24 * 3_600_000);
    svc.onConnectivityHint();
    await svc.sendNow();
    await clock.advance(60_000);
    expect(http.count).toBe(asked);
    expect(clock.pending).toEqual([]);

    await svc.configureTarget({ kind: 'webdav', url: server.url, username: USER }, PASS);
    await clock.advance(0);
    expect(await svc.status()).toMatchObject({ state: 'idle', pendingBundles: 0, lastError: null });
    expect(delivered(root)).toHaveLength(1);
    svc.stop();
  });
});
