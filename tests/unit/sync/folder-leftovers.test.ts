import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEVICE, ageKeygen, partner, tempDir, type AgeIdentity } from './fixtures';
import { makeService } from './service-helpers';

let tmp: ReturnType<typeof tempDir>;
let central: AgeIdentity;
let usb: string;
beforeEach(() => {
  tmp = tempDir();
  central = ageKeygen(tmp.dir);
  usb = join(tmp.dir, 'usb');
  mkdirSync(usb);
});
afterEach(() => tmp.cleanup());

describe('leftovers in the destination folder', () => {
  it("removes this device's interrupted writes (*.tmp with Relais's naming) on the next send, and nothing else", async () => {
    const ulid = '01JZZZZZZZZZZZZZZZZZZZZZZZ';
    const ours = [
      `relais-${DEVICE}-${ulid}.age.0a1b2c3d.tmp`,
      `relais-${DEVICE}-${ulid}.age.part-0002.deadbeef.tmp`,
      `relais-${DEVICE}-${ulid}.age.parts.json.00ff00ff.tmp`,
    ];
    const notOurs = [
      'notes.tmp',
      'rapport.age.0a1b2c3d.tmp',
      `relais-autre-poste-${ulid}.age.0a1b2c3d.tmp`, // another laptop sharing the folder
      `relais-${DEVICE}-${ulid}.age`, // a delivered bundle
      `relais-${DEVICE}-${ulid}.age.tmp`, // not the atomic writer's pattern
    ];
    for (const n of [...ours, ...notOurs]) writeFileSync(join(usb, n), 'x');
    const svc = makeService(join(tmp.dir, 'data'));
    await svc.setCentralKey(central.recipient, null);
    await svc.configureTarget({ kind: 'folder', path: usb });
    await svc.exportBundle({ full: true, sinceStamp: null, deviceId: DEVICE, establishment: 'X', records: { partners: [partner(1)] } });
    await svc.drain();
    expect((await svc.status()).pendingBundles).toBe(0);
    const left = readdirSync(usb);
    for (const n of ours) expect(left).not.toContain(n);
    for (const n of notOurs) expect(left).toContain(n);
    expect(left.filter((n) => n.endsWith('.tmp'))).toHaveLength(notOurs.filter((n) => n.endsWith('.tmp')).length);
  });
});
