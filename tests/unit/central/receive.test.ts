import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveConflict } from '../../../renderer/src/db/receive';
import { tableNames } from '../../../shared/model/tables';
import { fillEveryTable } from './every-table';
import { Laptop, Machine, cleanupAll, partnerFields, tmp } from './harness';

afterAll(cleanupAll);

/** A central office with its identity, and two laptops of one office sending to one folder. */
const office = async () => {
  const central = await Machine.make();
  const key = await central.call('central.enable', {});
  const drop = tmp('inbox');
  const a = await Laptop.make();
  const b = await Laptop.make();
  for (const l of [a, b]) {
    await l.setup(key.recipient, drop);
    await l.setOffice('CRSSS de la Baie-James');
  }
  return { central, key, drop, a, b };
};

describe('receiving bundles at the central office', () => {
  it('holds an unknown device, merges after approval, and refuses a revoked one with its reason', async () => {
    const { central, drop, a } = await office();
    const p = await a.records.save('partners', partnerFields('Ariane'));
    await a.send();
    const first = await central.receive(drop, true);
    expect(first.applied).toBe(0);
    expect(first.held).toEqual([expect.objectContaining({ deviceId: a.deviceId, establishment: 'CRSSS de la Baie-James' })]);
    expect(first.held[0]?.fingerprint).toMatch(/^[0-9A-F]{4}(-[0-9A-F]{4}){4}$/);
    expect(await central.db.partners.get(p.id)).toBeUndefined();

    await central.approveAll();
    expect((await central.receive(drop, true)).applied).toBe(1);
    expect(await central.db.partners.get(p.id)).toMatchObject({ firstName: 'Ariane' });

    await central.call('central.decideDevice', { deviceId: a.deviceId, decision: 'revoke' });
    await a.records.save('partners', { ...p, firstName: 'Ariane-Revoquee' });
    await a.send();
    const after = await central.receive(drop, true);
    expect(after.applied).toBe(0);
    expect(after.refused).toEqual([expect.objectContaining({ code: 'device_revoked' })]);
    expect(await central.db.partners.get(p.id)).toMatchObject({ firstName: 'Ariane' });
    const status = await central.call('central.status', {});
    expect(status.quarantine).toEqual([expect.objectContaining({ code: 'device_revoked' })]);
  });

  it('two laptops editing the same partner make a conflict with both versions; its resolution ends it', async () => {
    const { central, drop, a, b, key } = await office();
    const p = await a.records.save('partners', partnerFields('Béatrice'));
    await a.send();
    await central.receive(drop, true);
    await central.approveAll();
    await central.receive(drop, true);
    // Laptop B gets the partner back through the central office.
    const back = tmp('back');
    await b.send(true);
    await central.receive(drop, true);
    await central.approveAll();
    await central.receive(drop, true);
    await central.call('central.sendToOffice', {
      establishment: 'CRSSS de la Baie-James',
      folder: back,
      deviceId: central.deviceId,
      records: await officeRecords(central),
    });
    await b.receive(back, false);
    await b.approveAll();
    await b.receive(back, false);
    const onB = await b.db.partners.get(p.id);
    expect(onB).toMatchObject({ firstName: 'Béatrice' });

    await a.records.save('partners', { ...p, phone: '418 555-0111' });
    await b.records.save('partners', { ...(onB as typeof p), phone: '418 555-0122', notes: 'Préfère le soir' });
    await a.send();
    await b.send();
    const r = await central.receive(drop, true);
    expect(r.applied).toBe(2);
    const c = await central.db.conflicts.get(`partners:${p.id}`);
    expect(c?.versions.map((v) => (v as { phone?: string }).phone).sort()).toEqual(['418 555-0111', '418 555-0122']);

    // Resolved field by field: A's phone, B's notes.
    const versions = c?.versions ?? [];
    const fromA = versions.findIndex((v) => (v as { phone?: string }).phone === '418 555-0111');
    const fromB = 1 - fromA;
    const { resolveFields } = await import('../../../shared/sync/merge');
    await resolveConflict(central.records, `partners:${p.id}`, resolveFields(versions, fromA, { notes: fromB }));
    expect(await central.db.conflicts.count()).toBe(0);
    expect(await central.db.partners.get(p.id)).toMatchObject({ phone: '418 555-0111', notes: 'Préfère le soir' });

    // The resolution reaches both laptops and ends their disagreement.
    await central.call('central.sendToOffice', {
      establishment: 'CRSSS de la Baie-James',
      folder: back,
      deviceId: central.deviceId,
      records: await officeRecords(central),
    });
    for (const l of [a, b]) {
      await l.receive(back, false);
      await l.approveAll();
      await l.receive(back, false);
      expect(await l.db.partners.get(p.id)).toMatchObject({ phone: '418 555-0111', notes: 'Préfère le soir' });
      expect(await l.db.conflicts.get(`partners:${p.id}`)).toBeUndefined();
    }
    expect(key.recipient).toMatch(/^age1/);
  });

  it('an edit against a deletion is a conflict; a deletion of the version held propagates', async () => {
    const { central, drop, a, b } = await office();
    const p = await a.records.save('partners', partnerFields('Camille'));
    const q = await a.records.save('partners', partnerFields('Denise'));
    await a.send();
    // B had the same versions (a restored copy): simulate by a full restore through the central office.
    await central.receive(drop, true);
    await central.approveAll();
    await central.receive(drop, true);
    await b.send(true);
    await central.receive(drop, true);
    await central.approveAll();
    await central.receive(drop, true);
    const back = tmp('back');
    await central.call('central.sendToOffice', {
      establishment: 'CRSSS de la Baie-James',
      folder: back,
      deviceId: central.deviceId,
      records: await officeRecords(central),
    });
    await b.receive(back, false);
    await b.approveAll();
    await b.receive(back, false);

    await a.records.save('partners', { ...p, phone: '418 555-0133' });
    await b.records.remove('partners', p.id);
    await b.records.remove('partners', q.id);
    await a.send();
    await b.send();
    await central.receive(drop, true);
    const c = await central.db.conflicts.get(`partners:${p.id}`);
    expect(c?.versions.some((v) => v.deleted === 1)).toBe(true);
    expect(c?.versions.some((v) => (v as { phone?: string }).phone === '418 555-0133')).toBe(true);
    expect(await central.db.partners.get(q.id)).toMatchObject({ deleted: 1 });
    expect(await central.db.conflicts.get(`partners:${q.id}`)).toBeUndefined();
  });

  it('the same bundle twice changes nothing; ten bundles in reverse order give the same database; one corrupted among ten is set aside', async () => {
    const { central, drop, a, b } = await office();
    const pool = tmp('pool');
    const order: string[] = [];
    const moveOut = () => {
      for (const f of readdirSync(drop).filter((f) => f.endsWith('.age'))) {
        if (!order.includes(f)) order.push(f);
        copyFileSync(join(drop, f), join(pool, f));
      }
    };
    const people = [];
    for (let i = 0; i < 5; i++) {
      people.push(await a.records.save('partners', partnerFields(`Élodie${i}`)));
      await a.send();
      moveOut();
      const p = people[i] as (typeof people)[number];
      await b.records.save('partners', { ...p, id: p.id, firstName: `ÉlodieB${i}` });
      if (i === 2) await b.records.remove('partners', (people[0] as (typeof people)[number]).id);
      await b.send(i === 0);
      moveOut();
    }
    expect(order.length).toBe(10);

    const receiveIn = async (files: string[], corrupt?: string) => {
      const m = await Machine.make();
      // The same central identity, as restored from its backup.
      await m.ctx.secrets.set('central.age-identity', (await central.ctx.secrets.get('central.age-identity')) as string);
      await m.call('central.enable', {});
      const inbox = tmp('inbox');
      for (const f of files) {
        const bytes = readFileSync(join(pool, f));
        if (f === corrupt) bytes[bytes.length - 100] = (bytes[bytes.length - 100] ?? 0) ^ 0xff;
        writeFileSync(join(inbox, f), bytes);
        await m.receive(inbox, true);
        await m.approveAll();
      }
      await m.receive(inbox, true);
      return m;
    };
    const forward = await receiveIn(order);
    const backward = await receiveIn([...order].reverse());
    expect(await backward.snapshot()).toEqual(await forward.snapshot());
    const snap = await forward.snapshot();
    expect(snap.partners?.length).toBe(5);
    expect(snap.conflicts?.length).toBeGreaterThan(0);

    // The same bundle again, under another name: nothing changes.
    const before = await forward.snapshot();
    const inbox = (await forward.call('central.status', {})).inbox.folder as string;
    copyFileSync(join(pool, order[3] as string), join(inbox, 'copie.age'));
    const again = await forward.receive(inbox, true);
    expect(again).toMatchObject({ applied: 0, already: 1 });
    expect(await forward.snapshot()).toEqual(before);

    const damaged = await receiveIn(order, order[4]);
    const st = await damaged.call('central.status', {});
    expect(st.quarantine).toEqual([expect.objectContaining({ file: `folder/${order[4]}`, code: 'bundle_tampered' })]);
    expect(await damaged.db.applied.count()).toBe(9);
  });

  it('a wiped laptop gets every record of its office back from the central office, in every synced table', async () => {
    const { central, drop, a } = await office();
    await fillEveryTable(a);
    for (let i = 0; i < 12; i++) await a.records.save('partners', partnerFields(`Gabrielle${i}`));
    const gone = await a.records.save('partners', partnerFields('Hélène'));
    await a.records.remove('partners', gone.id);
    await a.send();
    await central.receive(drop, true);
    await central.approveAll();
    await central.receive(drop, true);

    // The replacement laptop: a new database and a new key; it introduces itself with a full bundle.
    const fresh = await Laptop.make();
    const key = await central.call('central.status', {});
    await fresh.setup(key.identity?.recipient as string, drop);
    await fresh.setOffice('CRSSS de la Baie-James');
    await fresh.send(true);
    await central.receive(drop, true);
    await central.approveAll();
    await central.receive(drop, true);
    const back = tmp('back');
    const sent = await central.call('central.sendToOffice', {
      establishment: 'CRSSS de la Baie-James',
      folder: back,
      deviceId: central.deviceId,
      records: await officeRecords(central),
    });
    expect(sent.devices).toBe(2);
    await fresh.receive(back, false);
    await fresh.approveAll();
    await fresh.receive(back, false);
    // Every synced table comes back as it was on the old laptop (ids, stamps, versions,
    // tombstones). Settings are each laptop's own: the new one set its office itself.
    const { settings: _own, conflicts: _none, ...original } = await a.snapshot();
    const { settings: _fresh, conflicts, ...restored } = await fresh.snapshot();
    expect(Object.keys(restored).sort()).toEqual(tableNames.filter((t) => t !== 'settings').sort());
    for (const t of Object.keys(original)) expect({ [t]: restored[t] }).toEqual({ [t]: original[t] });
    expect(restored.partners).toHaveLength(4 + 13);
    expect(conflicts).toEqual([]);
  });
});

/** What the central screen sends back: every record an office's devices touched. */
const officeRecords = async (central: Machine) => {
  const { officeRecordsFor } = await import('../../../renderer/src/screens/central/officeRecords');
  const status = await central.call('central.status', {});
  return officeRecordsFor(central.db, 'CRSSS de la Baie-James', status.devices);
};
