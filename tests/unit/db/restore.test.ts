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

describe('restoring records from a backup', () => {
  it('keeps ids and stamps, keeps the newer local copy, and stamps later edits above everything restored', async () => {
    const old = await open(`relais-old-${Math.random()}`, Date.UTC(2026, 10, 30, 12)); // the dead laptop, clock ahead
    const a = await old.save('partners', fields('Rose'));
    const b = await old.save('partners', fields('Élise'));
    const gone = await old.save('partners', fields('Line'));
    await old.remove('partners', gone.id);
    const rows = await old.db.partners.toArray();

    const fresh = await open(`relais-new-${Math.random()}`, Date.UTC(2026, 10, 23, 9));
    const local = await fresh.save('partners', { ...b, firstName: 'Élisabeth' });
    // The local edit happened on this laptop before the restore; its stamp is lower than the backup's.
    expect(await fresh.restore('partners', rows)).toBe(3);
    expect((await fresh.db.partners.get(a.id))?.stamp).toBe(a.stamp);
    expect((await fresh.db.partners.get(gone.id))?.deleted).toBe(1);
    expect((await fresh.db.partners.get(b.id))?.firstName).toBe(local.stamp > b.stamp ? 'Élisabeth' : 'Élise');
    const after = await fresh.save('partners', { ...a, firstName: 'Rosalie' });
    expect(
      after.stamp >
        rows
          .map((r) => r.stamp)
          .sort()
          .at(-1)!,
    ).toBe(true);
  });

  it('refuses a row that breaks the model and writes nothing', async () => {
    const fresh = await open(`relais-new-${Math.random()}`, Date.now());
    const good = await fresh.save('partners', fields('Rose'));
    await expect(
      fresh.restore('partners', [
        { ...good, id: '01JOTHER00000000000000000', stamp: good.stamp },
        { ...good, id: 'x' },
      ]),
    ).rejects.toThrow();
    expect(await fresh.db.partners.count()).toBe(1);
  });
});
