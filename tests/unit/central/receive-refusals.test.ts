import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ulid } from 'ulid';
import { afterAll, describe, expect, it } from 'vitest';
import { sealBundle } from '../../../electron/services/sync/bundle';
import { loadDeviceKey } from '../../../electron/services/sync/keys';
import { Laptop, Machine, cleanupAll, partnerFields, tmp } from './harness';

afterAll(cleanupAll);

/**
 * The ways a bundle is set aside at the central office, driven through the real receive
 * path (export, outbox, inbox scan, decryption, signature and device checks, merge).
 * Kept apart from receive.test.ts, which holds the merge scenarios.
 */
const approvedLaptop = async () => {
  const central = await Machine.make();
  const key = await central.call('central.enable', {});
  const drop = tmp('inbox');
  const a = await Laptop.make();
  await a.setup(key.recipient, drop);
  await a.setOffice('CRSSS de la Baie-James');
  await a.records.save('partners', partnerFields('Ariane'));
  await a.send();
  await central.receive(drop, true);
  await central.approveAll();
  expect((await central.receive(drop, true)).applied).toBe(1);
  return { central, key, drop, a };
};

const bundlesIn = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.age'));

describe('bundles the central office sets aside', () => {
  it('a quarantined bundle stays aside until retried; once its file is whole again the retry merges it', async () => {
    const { central, drop, a } = await approvedLaptop();
    const before = new Set(bundlesIn(drop));
    const p = await a.records.save('partners', partnerFields('Bérénice'));
    await a.send();
    const name = bundlesIn(drop).find((f) => !before.has(f)) as string;
    const whole = readFileSync(join(drop, name));
    // Copied half way to the USB key: cut off.
    writeFileSync(join(drop, name), whole.subarray(0, whole.length - 200));
    const first = await central.receive(drop, true);
    expect(first.refused).toEqual([{ file: `folder/${name}`, code: expect.stringMatching(/^bundle_/) }]);
    expect((await central.call('central.status', {})).quarantine).toEqual([expect.objectContaining({ file: `folder/${name}` })]);

    // The whole file copied again: still aside (nobody asked), nothing merged.
    writeFileSync(join(drop, name), whole);
    expect(await central.receive(drop, true)).toMatchObject({ applied: 0, refused: [] });
    expect(await central.db.partners.get(p.id)).toBeUndefined();

    // "Réessayer": out of quarantine, opened again, merged.
    const status = await central.call('central.unquarantine', { file: `folder/${name}` });
    expect(status.quarantine).toEqual([]);
    expect(await central.receive(drop, true)).toMatchObject({ applied: 1, refused: [] });
    expect(await central.db.partners.get(p.id)).toMatchObject({ firstName: 'Bérénice' });
  });

  it('a merge that throws is rolled back whole and reported; the other bundles proceed, and it merges on the next run', async () => {
    const { central, drop, a } = await approvedLaptop();
    const doomed = await a.records.save('partners', partnerFields('Capucine'));
    await a.records.save('contacts', { partnerId: doomed.id, date: '2026-11-02', channel: 'call', summary: 'Boum' });
    await a.send();
    const after = await a.records.save('partners', partnerFields('Delphine'));
    await a.send();

    // The database refuses one write of the first bundle (a full disk, a quota): after
    // its partner was written in the same transaction.
    let failing = true;
    central.db.contacts.hook('creating', (_key, row: { summary?: string }) => {
      if (failing && row.summary === 'Boum') throw new Error('QuotaExceededError');
    });
    const run = await central.receive(drop, true);
    expect(run.refused).toEqual([{ file: expect.stringMatching(/^folder\//), code: 'merge_failed' }]);
    expect(run.applied).toBe(1);
    expect(await central.db.partners.get(after.id)).toMatchObject({ firstName: 'Delphine' });
    expect(await central.db.partners.get(doomed.id)).toBeUndefined();
    expect(await central.db.contacts.count()).toBe(0);
    expect(await central.db.applied.count()).toBe(2);
    // Not quarantined: the bundle itself is sound, so the next run merges it.
    expect((await central.call('central.status', {})).quarantine).toEqual([]);

    failing = false;
    expect(await central.receive(drop, true)).toMatchObject({ applied: 1, refused: [] });
    expect(await central.db.partners.get(doomed.id)).toMatchObject({ firstName: 'Capucine' });
    expect(await central.db.contacts.count()).toBe(1);
  });

  it('an approved device whose bundle is signed by another key is refused: device_key_changed, quarantined, nothing merged', async () => {
    const { central, drop, a, key } = await approvedLaptop();
    // The laptop's database copied onto another computer: same device id, another signing key.
    const copy = Object.setPrototypeOf(new Machine(a.db, a.records), Laptop.prototype) as Laptop;
    await copy.setup(key.recipient, drop);
    const p = await copy.records.save('partners', partnerFields('Éloïse'));
    await copy.send();
    const run = await central.receive(drop, true);
    expect(run).toMatchObject({ applied: 0, held: [], refused: [{ file: expect.stringMatching(/^folder\//), code: 'device_key_changed' }] });
    expect(await central.db.partners.get(p.id)).toBeUndefined();
    const status = await central.call('central.status', {});
    expect(status.quarantine).toEqual([expect.objectContaining({ code: 'device_key_changed', message: expect.stringContaining('another key') })]);
    expect(status.devices).toEqual([expect.objectContaining({ deviceId: a.deviceId, status: 'approved' })]);
  });

  it('a correctly signed bundle holding a record that fails the schema is refused with its reason, quarantined, and nothing of it merged', async () => {
    const { central, drop, a, key } = await approvedLaptop();
    const good = await a.records.save('partners', partnerFields('Fanny'));
    const bad = { ...(await a.records.save('partners', partnerFields('Gaëlle'))), step: 'no_such_step' };
    // Signed with the laptop's own key (a build with another schema, or a bug), so only
    // the schema check can refuse it.
    const signer = await loadDeviceKey(a.ctx.secrets);
    const bundleId = ulid(Date.UTC(2026, 10, 20));
    const header = {
      bundleId,
      establishment: 'CRSSS de la Baie-James',
      deviceId: a.deviceId,
      createdAt: '2026-11-20T12:00:00.000Z',
      full: false,
      fromStamp: null,
      toStamp: bad.stamp,
      counts: { partners: { records: 2, tombstones: 0 } },
    };
    const sealed = await sealBundle(header, { partners: [good, bad as never] }, signer, [key.recipient]);
    const name = `relais-${a.deviceId}-${bundleId}.age`;
    writeFileSync(join(drop, name), sealed.bytes);

    const run = await central.receive(drop, true);
    expect(run).toMatchObject({ applied: 0, refused: [{ file: `folder/${name}`, code: 'bundle_malformed' }] });
    const status = await central.call('central.status', {});
    expect(status.quarantine).toEqual([
      // The reason names the table whose record broke the model.
      expect.objectContaining({ file: `folder/${name}`, code: 'bundle_malformed', message: expect.stringContaining('(partners)') }),
    ]);
    expect(await central.db.partners.get(good.id)).toBeUndefined();
    expect(await central.db.applied.get(bundleId)).toBeUndefined();
    // The device stays trusted: its next sound bundle merges.
    expect(status.devices).toEqual([expect.objectContaining({ deviceId: a.deviceId, status: 'approved' })]);
  });
});
