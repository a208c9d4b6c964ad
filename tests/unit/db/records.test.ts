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
