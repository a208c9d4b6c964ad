import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RelaisError } from '../../../shared/bridge/result';
import { folderTransport } from '../../../electron/services/sync/folder-transport';
import type { Transport } from '../../../electron/services/sync/transport';
import { DEVICE, ageKeygen, partner, tempDir, type AgeIdentity } from './fixtures';
import { makeService } from './service-helpers';

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

const bulky = (n: number) => partner(n, { notes: randomBytes(600).toString('hex') });

/** Every description in the outbox has its bytes: no ghost entry. */
const ghosts = () => {
  const dir = join(data, 'sync', 'outbox');
  return readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .filter((n) => !existsSync(join(dir, n.replace(/\.json$/, '.age'))));
};

describe('supersede and the drain loop', () => {
  it('never deletes the bundle the drain has just picked up, so it cannot come back as a ghost', async () => {
    // The real folder transport, with a gate: the first piece waits until the test lets it
    // go, and the link drops right after it.
    let reached!: () => void;
    const pickedUp = new Promise<void>((r) => (reached = r));
    let release!: () => void;
    const released = new Promise<void>((r) => (release = r));
    let puts = 0;
    let offline = true;
    const real = folderTransport(usb);
    const gated: Transport = {
      kind: 'folder',
      probe: () => real.probe(),
      async put(name, bytes) {
        puts++;
        if (puts === 1) {
          reached();
          await released;
        } else if (offline) throw new RelaisError('sync_offline');
        return real.put(name, bytes);
      },
    };

    let drainRun: Promise<void> | null = null;
    let firstId: string | null = null;
    const svc = makeService(data, {
      partSize: 1024,
      transportFor: () => gated,
      // The interleaving, made deterministic: just as supersede looks at the first waiting
      // bundle, the drain loop picks that bundle up and starts sending it.
      beforeSupersedeCheck: async (id) => {
        if (drainRun || id !== firstId) return;
        drainRun = svc.drain();
        await pickedUp;
      },
    });
    await svc.setCentralKey(central.recipient, null);
    await svc.configureTarget({ kind: 'folder', path: usb });
    const records = [1, 2, 3].map(bulky);
    const first = await svc.exportBundle({ full: false, sinceStamp: null, deviceId: DEVICE, establishment: 'X', records: { partners: records } });
    firstId = first.bundleId;
    expect((await svc.status()).bundles[0]?.partsTotal).toBeGreaterThan(1);

    // A later export covers the first bundle's changes and would supersede it if it were idle.
    await svc.exportBundle({ full: false, sinceStamp: null, deviceId: DEVICE, establishment: 'X', records: { partners: [...records, partner(9)] } });
    expect(drainRun).not.toBeNull();
    release();
    await drainRun;
    expect(ghosts()).toEqual([]);

    // The link returns: everything goes, nothing is set aside as damaged.
    offline = false;
    await svc.drain(true);
    await svc.drain(true);
    const status = await svc.status();
    expect(status).toMatchObject({ pendingBundles: 0, quarantinedBundles: 0 });
    expect(ghosts()).toEqual([]);
    expect(readdirSync(usb).filter((n) => n.endsWith('.parts.json')).length).toBeGreaterThanOrEqual(1);
  });
});
