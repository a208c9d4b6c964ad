import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { loadDeviceClock } from '../../../renderer/src/db/clock';
import { openDb } from '../../../renderer/src/db/db';
import { Records } from '../../../renderer/src/db/records';
import { PartnerFields } from '../../../shared/model/partner';

const fields = (firstName: string) => ({
  ...PartnerFields.parse({ firstName, lastName: 'Gagnon' }),
  step: 'interest' as const,
  history: [{ at: '2026-11-23T12:00:00.000Z', to: 'interest' as const }],
  archived: false,
});

const open = async (name: string, wallMs: number) => {
  const db = openDb(name);
  await db.open();
  return new Records(db, await loadDeviceClock(db, () => wallMs));
};

describe('the record layer', () => {
  it('stamps every write above every earlier one, even from a second window whose clock is behind', async () => {
    const name = `relais-records-${Math.random()}`;
    const ahead = await open(name, Date.UTC(2026, 10, 23, 15));
    const behind = await open(name, Date.UTC(2026, 10, 23, 9)); // wall clock six hours late
    const a = await ahead.save('partners', fields('Rose'));
    const b = await behind.save('partners', fields('Élise'));
    expect(b.stamp > a.stamp).toBe(true);
    const c = await ahead.save('partners', { ...a, firstName: 'Rosalie' });
    expect(c.stamp > b.stamp).toBe(true);
    expect(c.createdAt).toBe(a.createdAt);
    expect(c.id).toBe(a.id);
  });

  it('turns a deletion into a tombstone without any personal data', async () => {
    const records = await open(`relais-records-${Math.random()}`, Date.now());
    const p = await records.save('partners', { ...fields('Maïté'), phone: '418-555-0101', notes: 'diabète' });
    await records.remove('partners', p.id);
    const stored = await records.db.partners.get(p.id);
    expect(Object.keys(stored ?? {}).sort()).toEqual(['createdAt', 'deleted', 'deviceId', 'id', 'stamp', 'updatedAt', 'vv']);
    expect(stored?.deleted).toBe(1);
    expect((stored?.stamp ?? '') > p.stamp).toBe(true);
  });

  it('refuses what the shared schema refuses, so nothing invalid reaches the database', async () => {
    const records = await open(`relais-records-${Math.random()}`, Date.now());
    await expect(records.save('partners', { ...fields('Rose'), email: 'pas-un-courriel' })).rejects.toThrow();
    expect(await records.db.partners.count()).toBe(0);
  });
});

describe('bulk saves from two windows', () => {
  it('stamp inside their transaction, so a write committed later never carries a lower stamp and the stored clock never goes back', async () => {
    const name = `relais-records-${Math.random()}`;
    const ahead = await open(name, Date.UTC(2026, 10, 23, 15));
    const behindDb = openDb(name);
    await behindDb.open();
    const clock = await loadDeviceClock(behindDb, () => Date.UTC(2026, 10, 23, 9)); // six hours late
    // The other window saves at the very moment this one stamps its first row.
    let other: Promise<unknown> | undefined;
    const racing = {
      ...clock,
      next() {
        other ??= ahead.save('partners', fields('Rose'));
        return clock.next();
      },
    };
    const behind = new Records(behindDb, racing);
    await behind.bulkSave('partners', [fields('Élise'), fields('Maïté')]);
    await other;
    const stamps = (await ahead.db.partners.toArray()).map((p) => p.stamp).sort();
    expect(stamps).toHaveLength(3);
    // A third window opened afterwards, whose wall clock is late too, stamps above all of them.
    const late = await open(name, Date.UTC(2026, 10, 23, 9));
    const next = await late.save('partners', fields('Noémie'));
    expect(next.stamp > stamps[2]!).toBe(true);
  });
});

describe('the change feed', () => {
  it('announces every write (save, bulk save, removal) with its table and ids, once committed', async () => {
    const records = await open(`relais-records-${Math.random()}`, Date.now());
    const seen: string[] = [];
    records.onChange(async (c) => {
      // A listener reads what was announced: it is already in the database.
      const stored = await records.db.table(c.table).bulkGet(c.ids);
      seen.push(`${c.table}:${c.ids.length}:${c.bulk ? 'bulk' : 'one'}:${stored.every(Boolean) ? 'stored' : 'missing'}`);
    });
    const p = await records.save('partners', fields('Rose'));
    await records.bulkSave('partners', [fields('Élise'), fields('Maïté')]);
    await records.remove('partners', p.id);
    expect(seen).toEqual(['partners:1:one:stored', 'partners:2:bulk:stored', 'partners:1:one:stored']);
  });

  it('never announces a write rolled back with the transaction around it', async () => {
    const records = await open(`relais-records-${Math.random()}`, Date.now());
    const seen: string[] = [];
    records.onChange((c) => void seen.push(c.table));
    const { db } = records;
    await expect(
      db.transaction('rw', [db.partners, db.meta], async () => {
        await records.save('partners', fields('Rose'));
        throw new Error('second step failed');
      }),
    ).rejects.toThrow('second step failed');
    await db.transaction('rw', [db.partners, db.meta], () => records.save('partners', fields('Élise')));
    await new Promise((r) => setTimeout(r, 10));
    expect(await db.partners.count()).toBe(1);
    expect(seen).toEqual(['partners']);
  });
});

describe('a bulk save heard step by step', () => {
  it('hands over each step’s rows as stamped, which are the rows stored and announced', async () => {
    const records = await open(`relais-records-${Math.random()}`, Date.now());
    const announced: string[] = [];
    records.onChange((c) => void announced.push(...c.ids));
    const steps: { ids: string[]; stored: number }[] = [];
    const names = ['Élise', 'Maïté', 'Noémie', 'Rose', 'Aglaé'];
    await records.bulkSave(
      'partners',
      names.map((n) => fields(n)),
      {
        chunk: 2,
        onStamped: (rows) => steps.push({ ids: rows.map((r) => r.id), stored: 0 }),
        onProgress: (done) => (steps[steps.length - 1]!.stored = done),
      },
    );
    expect(steps.map((s) => s.ids.length)).toEqual([2, 2, 1]);
    const heard = steps.flatMap((s) => s.ids);
    const stored = await records.db.partners.bulkGet(heard);
    expect(stored.map((p) => p?.firstName)).toEqual(names);
    expect(announced).toEqual(heard);
  });

  it('stores none of the rows heard when a later step fails: the one transaction rolls back', async () => {
    const records = await open(`relais-records-${Math.random()}`, Date.now());
    const announced: string[] = [];
    records.onChange((c) => void announced.push(...c.ids));
    const heard: string[] = [];
    // The third row cannot be stored (a function cannot be cloned into IndexedDB).
    const rows = [fields('Élise'), fields('Maïté'), { ...fields('Rose'), notes: (() => 'x') as unknown as string }];
    await expect(
      records.bulkSave('partners', rows, { validated: true, chunk: 2, onStamped: (part) => heard.push(...part.map((r) => r.id)) }),
    ).rejects.toThrow();
    expect(heard).toHaveLength(3);
    expect(await records.db.partners.count()).toBe(0);
    expect(announced).toEqual([]);
  });
});
