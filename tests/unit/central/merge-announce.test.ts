import { afterAll, describe, expect, it } from 'vitest';
// The harness first: it installs fake-indexeddb before Dexie loads.
import { Laptop, Machine, cleanupAll, partnerFields, tmp } from './harness';
import { MERGED_PATCH_LIMIT, type Change } from '../../../renderer/src/db/records';
import { resolveConflict } from '../../../renderer/src/db/receive';
import { receiveAll } from '../../../renderer/src/screens/central/receiveLoop';

afterAll(cleanupAll);

/**
 * What the screens hear after a merge. A merge used to be announced as a bulk change with
 * no rows, so the bank rebuilt its whole index and emptied its list while reading it: a
 * coordinator clicking a person at that moment lost the click (the central e2e test's
 * intermittent failure after a laptop approved the central office and opened the
 * profile). Small merges are now told row by row, as a form save is.
 */
describe('announcing merged bundles', () => {
  it('tells the rows a received bundle wrote (not a bulk rebuild), only those, and the row of a resolution', async () => {
    const central = await Machine.make();
    const key = await central.call('central.enable', {});
    const drop = tmp('inbox');
    const a = await Laptop.make();
    const b = await Laptop.make();
    for (const l of [a, b]) {
      await l.setup(key.recipient, drop);
      await l.setOffice('CRSSS de la Baie-James');
    }
    const p = await a.records.save('partners', partnerFields('Ariane'));
    await a.send();
    await central.receive(drop, true);
    await central.approveAll();

    const heard: Change[] = [];
    central.records.onChange((c) => void heard.push(c));
    const receive = () => receiveAll({ db: central.db, call: central.call, central: true, announce: (t, rows) => central.records.announceMerged(t, rows) });
    expect((await receive()).applied).toBe(1);
    expect(heard).toEqual([expect.objectContaining({ table: 'partners', bulk: false, ids: [p.id] })]);
    expect(heard[0]?.rows[0]).toMatchObject({ id: p.id, firstName: 'Ariane', stamp: p.stamp });

    // Only what a bundle wrote is told: laptop B's new person, not what the central office already held.
    heard.length = 0;
    await b.records.save('partners', partnerFields('Bruno'));
    await b.send();
    await central.receive(drop, true);
    await central.approveAll();
    expect((await receive()).applied).toBe(1);
    expect(heard.map((c) => [c.table, c.bulk, c.rows.map((r) => (r as { firstName?: string }).firstName)])).toEqual([['partners', false, ['Bruno']]]);

    // Laptop A and the central office change Ariane: a conflict; its resolution is told with the resolved row.
    await a.records.save('partners', { ...p, notes: 'A' });
    await a.send();
    await central.records.save('partners', { ...p, notes: 'centrale' });
    await central.receive(drop, true);
    expect(await central.db.conflicts.count()).toBe(1);
    heard.length = 0;
    const [conflict] = await central.db.conflicts.toArray();
    const resolved = await resolveConflict(central.records, conflict?.key ?? '', { ...p, notes: 'fusion' });
    expect(heard).toEqual([expect.objectContaining({ table: 'partners', bulk: false, ids: [p.id], rows: [resolved] })]);
  });

  it('a large merge is one bulk change that still carries its rows (applied in place); told without rows, a re-read', async () => {
    const m = await Machine.make();
    const heard: Change[] = [];
    m.records.onChange((c) => void heard.push(c));
    const rows = Array.from({ length: MERGED_PATCH_LIMIT + 1 }, (_, i) => ({ id: `01KROW${String(i).padStart(20, '0')}` })) as never[];
    await m.records.announceMerged('partners', rows);
    await m.records.announceMerged('partners', []);
    await m.records.announceMerged('partners');
    expect(heard.map((c) => [c.bulk, c.ids.length, c.rows.length])).toEqual([
      [true, MERGED_PATCH_LIMIT + 1, MERGED_PATCH_LIMIT + 1],
      [false, 0, 0],
      [true, 0, 0],
    ]);
  });
});
