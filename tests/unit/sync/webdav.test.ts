import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openBundle } from '../../../electron/services/sync/bundle';
import { DEVICE, ageKeygen, partner, stampAt, tempDir, type AgeIdentity } from './fixtures';
import { makeService } from './service-helpers';
import { startWebdavServer, type TestWebdavServer } from '../../support/webdav-server';
import { randomBytes } from 'node:crypto';

type Server = TestWebdavServer;
const startServer = () => startWebdavServer('coordo', 'mot-de-passe');

let tmp: ReturnType<typeof tempDir>;
let central: AgeIdentity;
let server: Server;

beforeEach(async () => {
  tmp = tempDir();
  central = ageKeygen(tmp.dir);
  server = await startServer();
});
afterEach(async () => {
  await server.stop().catch(() => undefined);
  tmp.cleanup();
});

// Incompressible notes so a handful of records spans several small parts.
const bulky = (n: number) => partner(n, { notes: randomBytes(700).toString('hex') });

describe('WebDAV delivery', () => {
  it('uploads a bundle that the server then holds, verified, and empties the outbox', async () => {
    const svc = makeService(tmp.dir);
    await svc.setCentralKey(central.recipient, null);
    await svc.configureTarget({ kind: 'webdav', url: `http://127.0.0.1:${server.port}/`, username: 'coordo' }, 'mot-de-passe');
    expect(await svc.testTarget()).toMatchObject({ reachable: true, error: null });
    await svc.exportBundle({ full: true, sinceStamp: null, deviceId: DEVICE, establishment: 'X', records: { partners: [partner(1)] } });
    await svc.drain();
    const files = await server.files();
    expect([...files.keys()]).toHaveLength(1);
    const [only] = [...files.values()];
    expect((await openBundle(only as Buffer, [central.identity])).counts.partners).toEqual({ records: 1, tombstones: 0 });
    const status = await svc.status();
    expect(status.pendingBundles).toBe(0);
    expect(status.lastDeliveryAt).not.toBeNull();
    expect(status.sinceStamp).toBe(stampAt(1));
  });

  it('refuses wrong credentials as an authentication problem and keeps the bundle', async () => {
    const svc = makeService(tmp.dir);
    await svc.setCentralKey(central.recipient, null);
    await svc.configureTarget({ kind: 'webdav', url: `http://127.0.0.1:${server.port}/`, username: 'coordo' }, 'faux');
    expect(await svc.testTarget()).toMatchObject({ reachable: false, error: 'sync_auth' });
    await svc.exportBundle({ full: true, sinceStamp: null, deviceId: DEVICE, establishment: 'X', records: { partners: [partner(1)] } });
    await svc.drain();
    const status = await svc.status();
    expect(status.pendingBundles).toBe(1);
    expect(status.lastError).toBe('sync_auth');
    expect(status.quarantinedBundles).toBe(0);
  });

  it('resumes a multi-part upload cut by a server stop, sending each part once and losing nothing', async () => {
    const svc = makeService(tmp.dir, { partSize: 2048 });
    await svc.setCentralKey(central.recipient, null);
    await svc.configureTarget({ kind: 'webdav', url: `http://127.0.0.1:${server.port}/`, username: 'coordo' }, 'mot-de-passe');
    const records = Array.from({ length: 8 }, (_, i) => bulky(i + 1));
    const exported = await svc.exportBundle({ full: true, sinceStamp: null, deviceId: DEVICE, establishment: 'X', records: { partners: records } });
    const partsTotal = (await svc.status()).bundles[0]?.partsTotal ?? 0;
    expect(partsTotal).toBeGreaterThanOrEqual(4);

    // Stop the server right after the second part has been moved into place.
    let moves = 0;
    server.dav.afterRequest((ctx, next) => {
      if (ctx.request.method === 'MOVE' && ++moves === 2) void server.stop();
      next();
    });
    await svc.drain();
    const cut = await svc.status();
    expect(cut.state).toBe('offline');
    expect(cut.lastError).toBe('sync_offline');
    expect(cut.pendingBundles).toBe(1);
    const done = cut.bundles[0]?.partsDone ?? 0;
    expect(done).toBeLessThan(partsTotal);

    await server.start();
    svc.onConnectivityHint();
    await svc.drain();

    const after = await svc.status();
    expect(after.pendingBundles).toBe(0);
    expect(after.sinceStamp).toBe(exported.toStamp);
    // Every part went up exactly once, the interrupted one included.
    expect([...server.puts.values()].every((n) => n === 1)).toBe(true);
    expect(server.puts.size).toBe(partsTotal + 1); // the parts and the manifest
    const files = await server.files();
    const partNames = [...files.keys()].filter((n) => /\.part-\d{4}$/.test(n)).sort();
    expect(partNames).toHaveLength(partsTotal);
    expect([...files.keys()].some((n) => n.endsWith('.uploading'))).toBe(false);
    const whole = Buffer.concat(partNames.map((n) => files.get(n) as Buffer));
    const opened = await openBundle(whole, [central.identity]);
    expect(opened.counts.partners).toEqual({ records: 8, tombstones: 0 });
    const manifest = JSON.parse((files.get([...files.keys()].find((n) => n.endsWith('.parts.json')) as string) as Buffer).toString('utf8'));
    expect(manifest.parts.map((p: { name: string }) => p.name)).toEqual(partNames);
  });
});
