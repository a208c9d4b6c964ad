import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type RelaisError } from '../../../shared/bridge/result';
import { openBundle } from '../../../electron/services/sync/bundle';
import { DEVICE, ageKeygen, partner, stampAt, tempDir, tombstone, type AgeIdentity } from './fixtures';
import { ManualClock, makeService } from './service-helpers';
import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';

let tmp: ReturnType<typeof tempDir>;
let central: AgeIdentity;
let data: string;
let usb: string;

beforeEach(() => {
  tmp = tempDir();
  central = ageKeygen(tmp.dir);
  data = join(tmp.dir, 'data');
  usb = join(tmp.dir, 'usb');
  mkdirSync(usb);
});
afterEach(() => tmp.cleanup());

const exportIncr = (svc: ReturnType<typeof makeService>, since: string | null, ns: number[]) =>
  svc.exportBundle({ full: false, sinceStamp: since, deviceId: DEVICE, establishment: 'X', records: { partners: ns.map((n) => partner(n)) } });

const readUsb = () => readdirSync(usb).filter((n) => n.endsWith('.age'));

describe('device signing key', () => {
  it('is made once, even when asked for twice at the same moment on first run, and kept', async () => {
    const svc = makeService(data);
    const [a, b] = await Promise.all([svc.keys(), svc.keys()]);
    expect(a.device.publicKey).toBe(b.device.publicKey);
    expect((await makeService(data).keys()).device.publicKey).toBe(a.device.publicKey);
  });
});

describe('outbox on disk', () => {
  it('leaves no partial bundle when the export dies between the flushed temporary file and the rename', async () => {
    const crashing = makeService(data, {
      beforeRename: (path) => {
        if (path.endsWith('.age')) throw new Error('simulated power cut');
      },
    });
    await crashing.setCentralKey(central.recipient, null);
    await expect(exportIncr(crashing, null, [1, 2])).rejects.toThrow('simulated power cut');

    // The laptop restarts: a fresh service over the same folder.
    const svc = makeService(data);
    const status = await svc.status();
    expect(status.pendingBundles).toBe(0);
    expect(status.sinceStamp).toBeNull();
    expect(readdirSync(join(data, 'sync', 'outbox'))).toEqual([]);
    // The same changes go in the next bundle: nothing was lost.
    const again = await exportIncr(svc, status.sinceStamp, [1, 2]);
    expect(again.records).toBe(2);
    expect((await svc.status()).pendingBundles).toBe(1);
  });

  it('removes the bytes of a bundle whose description never landed, and keeps complete ones', async () => {
    const svc = makeService(data);
    await svc.setCentralKey(central.recipient, null);
    await exportIncr(svc, null, [1]);
    let writes = 0;
    const crashing = makeService(data, {
      beforeRename: (path) => {
        if (path.endsWith('.json') && ++writes === 1) throw new Error('simulated crash');
      },
    });
    await expect(exportIncr(crashing, null, [2])).rejects.toThrow('simulated crash');
    const reopened = makeService(data);
    const status = await reopened.status();
    expect(status.pendingBundles).toBe(1);
    expect(status.bundles[0]?.records).toBe(1);
    expect(readdirSync(join(data, 'sync', 'outbox')).sort()).toHaveLength(2);
  });
});

describe('incremental export and confirmed delivery', () => {
  it('never lets a later incremental bundle replace a waiting full bundle', async () => {
    const svc = makeService(data);
    await svc.setCentralKey(central.recipient, null);
    await exportIncr(svc, null, [1]);
    await svc.configureTarget({ kind: 'folder', path: usb });
    await svc.drain();
    const since = (await svc.status()).sinceStamp;
    expect(since).toBe(stampAt(1));
    // The central office asks for everything; the USB key is away meanwhile.
    await svc.configureTarget(null);
    const full = await svc.exportBundle({
      full: true,
      sinceStamp: null,
      deviceId: DEVICE,
      establishment: 'X',
      records: { partners: [partner(1), partner(2)] },
    });
    expect(full.written).toBe(true);
    // Five minutes later the automatic export sends the day's new change.
    const incr = await exportIncr(svc, since, [3]);
    expect(incr.superseded).toBe(0);
    const status = await svc.status();
    expect(status.pendingBundles).toBe(2);
    expect(status.bundles.map((b) => b.records).sort()).toEqual([1, 2]);
  });

  it('advances sinceStamp only when a bundle is confirmed delivered, and never skips a change', async () => {
    const svc = makeService(data);
    await svc.setCentralKey(central.recipient, null);
    expect((await svc.status()).sinceStamp).toBeNull();

    await exportIncr(svc, null, [1, 2]);
    // Not delivered yet: the next export still starts from the beginning and covers the first one.
    expect((await svc.status()).sinceStamp).toBeNull();
    const second = await exportIncr(svc, null, [1, 2, 3]);
    expect(second.superseded).toBe(1);
    expect((await svc.status()).pendingBundles).toBe(1);

    await svc.configureTarget({ kind: 'folder', path: usb });
    await svc.drain();
    expect((await svc.status()).sinceStamp).toBe(stampAt(3));
    expect(readUsb()).toHaveLength(1);

    // A stale sinceStamp (above what was confirmed) would skip changes: refused.
    const stale = await exportIncr(svc, stampAt(9), [10]).catch((e: unknown) => e);
    expect((stale as RelaisError).code).toBe('sync_stale_since');

    await svc.exportBundle({
      full: false,
      sinceStamp: stampAt(3),
      deviceId: DEVICE,
      establishment: 'X',
      records: { partners: [partner(4), tombstone(2)] },
    });
    await svc.drain();
    const files = readUsb().sort();
    expect(files).toHaveLength(2);
    const latest = await openBundle(readFileSync(join(usb, files[1] as string)), [central.identity]);
    expect(latest.document.header.fromStamp).toBe(stampAt(3));
    expect(latest.counts.partners).toEqual({ records: 1, tombstones: 1 });
    expect((await svc.status()).sinceStamp).toBe(stampAt(4));
  });

  it('re-includes the changes of a bundle that could not be delivered', async () => {
    const svc = makeService(data, { maxBundleAttempts: 1 });
    await svc.setCentralKey(central.recipient, null);
    await svc.configureTarget({ kind: 'folder', path: usb });
    await exportIncr(svc, null, [1]);
    // Damage the waiting bundle on disk.
    const outbox = join(data, 'sync', 'outbox');
    const age = readdirSync(outbox).find((n) => n.endsWith('.age')) as string;
    rmSync(join(outbox, age));
    await svc.drain();
    const status = await svc.status();
    expect(status.quarantinedBundles).toBe(1);
    expect(status.bundles[0]?.quarantined?.reason).toBe('outbox_damaged');
    expect(status.sinceStamp).toBeNull();
    // The next export starts below the lost bundle, so its change travels again.
    const next = await exportIncr(svc, status.sinceStamp, [1, 2]);
    await svc.drain();
    expect(next.records).toBe(2);
    expect(readUsb()).toHaveLength(1);
    expect((await svc.status()).sinceStamp).toBe(stampAt(2));
  });
});

describe('drain loop', () => {
  it('a failing bundle is quarantined with its reason and does not block the others', async () => {
    const svc = makeService(data, { maxBundleAttempts: 2, partSize: 1024 });
    await svc.setCentralKey(central.recipient, null);
    await svc.configureTarget({ kind: 'folder', path: usb });
    const bulky = [1, 2, 3].map((n) => partner(n, { notes: randomBytes(600).toString('hex') }));
    await svc.exportBundle({ full: false, sinceStamp: null, deviceId: DEVICE, establishment: 'X', records: { partners: bulky } });
    const stuck = (await svc.status()).bundles[0];
    expect(stuck?.partsTotal).toBeGreaterThan(2);
    // Something on the key already holds the second part's name: only this bundle can fail.
    mkdirSync(join(usb, `relais-${DEVICE}-${stuck?.id}.age.part-0002`));
    await svc.drain();
    expect((await svc.status()).bundles[0]).toMatchObject({ partsDone: 1, attempts: 1, lastError: 'sync_rejected', quarantined: null });

    // A later bundle (the renderer still exports from the last confirmed stamp).
    await svc.exportBundle({ full: false, sinceStamp: null, deviceId: DEVICE, establishment: 'X', records: { partners: [...bulky, partner(9)] } });
    await svc.drain(true);
    const status = await svc.status();
    expect(status.pendingBundles).toBe(0);
    expect(status.quarantinedBundles).toBe(1);
    expect(status.bundles[0]?.quarantined?.reason).toBe('sync_rejected');
    expect(status.sinceStamp).toBe(stampAt(9));
    expect(readdirSync(usb).filter((n) => n.endsWith('.parts.json'))).toHaveLength(1);

    rmSync(join(usb, `relais-${DEVICE}-${stuck?.id}.age.part-0002`), { recursive: true });
    await svc.retryQuarantined(stuck?.id);
    await svc.drain();
    expect((await svc.status()).bundles).toHaveLength(0);
    expect(readdirSync(usb).filter((n) => n.endsWith('.parts.json'))).toHaveLength(2);
  });

  it('backs off while the target is away, probes it, and drains by itself when it returns', async () => {
    const clock = new ManualClock();
    const svc = makeService(data, { clock, baseDelayMs: 1000, maxDelayMs: 60_000 });
    await svc.setCentralKey(central.recipient, null);
    const stick = join(tmp.dir, 'stick');
    await svc.configureTarget({ kind: 'folder', path: stick });
    svc.start();
    await exportIncr(svc, null, [1]);
    await clock.advance(0);
    let status = await svc.status();
    expect(status.state).toBe('offline');
    expect(status.lastError).toBe('folder_unavailable');
    // Each failed probe waits longer (with jitter fixed at its midpoint here).
    const delays: number[] = [];
    for (let i = 0; i < 4; i++) {
      delays.push(clock.pending[0] ?? -1);
      await clock.advance(clock.pending[0] ?? 0);
    }
    expect(delays).toEqual([750, 1500, 3000, 6000]);
    mkdirSync(stick);
    await clock.advance(clock.pending[0] ?? 0);
    status = await svc.status();
    expect(status.pendingBundles).toBe(0);
    expect(status.state).toBe('idle');
    expect(readdirSync(stick).filter((n) => n.endsWith('.age'))).toHaveLength(1);
    svc.stop();
  });

  it('tries at once when the host reports connectivity, without waiting out the backoff', async () => {
    const clock = new ManualClock();
    const svc = makeService(data, { clock, baseDelayMs: 60_000, maxDelayMs: 600_000 });
    await svc.setCentralKey(central.recipient, null);
    const stick = join(tmp.dir, 'stick');
    await svc.configureTarget({ kind: 'folder', path: stick });
    svc.start();
    await exportIncr(svc, null, [1]);
    await clock.advance(0);
    expect((await svc.status()).state).toBe('offline');
    mkdirSync(stick);
    svc.onConnectivityHint();
    await clock.advance(0);
    expect((await svc.status()).pendingBundles).toBe(0);
    svc.stop();
  });

  it('says what is missing before anything can be sent', async () => {
    const svc = makeService(data);
    const err = await exportIncr(svc, null, [1]).catch((e: unknown) => e);
    expect((err as RelaisError).code).toBe('no_recipient');
    expect((await svc.status()).state).toBe('not_configured');
  });
});
