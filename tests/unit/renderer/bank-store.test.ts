import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { loadDeviceClock } from '../../../renderer/src/db/clock';
import { openDb } from '../../../renderer/src/db/db';
import { Records } from '../../../renderer/src/db/records';
import { getServices, startServices } from '../../../renderer/src/db/services';
import { READ_PAGE, useBank } from '../../../renderer/src/store/bank';
import { PartnerIndex } from '../../../shared/logic/search';
import { PartnerFields, type Partner } from '../../../shared/model/partner';

/**
 * The bank held in memory (store/bank.ts): read in pages, kept current by the change feed.
 * An import's rows are handed over at its commit and applied in place: the bank never goes
 * back to "loading" (an empty list) in between, as it did when it read the table again.
 */
const person = (firstName: string, i: number) => ({
  ...PartnerFields.parse({ firstName, lastName: `Essai${i}`, community: 'Chapais' }),
  step: 'in_bank' as const,
  history: [{ at: '2026-11-23T12:00:00.000Z', to: 'in_bank' as const }],
  archived: false,
});

beforeAll(async () => {
  vi.stubGlobal('navigator', {});
  expect(typeof (await startServices())).toBe('object');
});

describe('the bank store', () => {
  it('reads every person across several pages, and hears a save made while it reads', async () => {
    const { records } = getServices();
    const n = 2 * READ_PAGE + 17;
    await records.bulkSave(
      'partners',
      Array.from({ length: n }, (_, i) => person('Aglaé', i)),
      { validated: true },
    );
    // The first person is renamed just after the first page (where they are) was read.
    const first = (await getServices().db.partners.orderBy(':id').first())!;
    let renamed: Promise<Partner> | undefined;
    const prepare = PartnerIndex.prepare.bind(PartnerIndex);
    const spy = vi.spyOn(PartnerIndex, 'prepare').mockImplementation((rows) => {
      prepare(rows);
      renamed ??= records.save('partners', { ...first, firstName: 'Basile' });
    });
    await useBank.getState().ensureLoaded();
    spy.mockRestore();
    await renamed;
    const bank = useBank.getState();
    expect(bank.status).toBe('ready');
    expect(bank.index.size).toBe(n);
    expect(bank.index.get(first.id)?.firstName).toBe('Basile');
  });

  it('applies an import’s rows handed over at its commit, without reading the bank again', async () => {
    const { records } = getServices();
    const before = useBank.getState().index.size;
    const statuses: string[] = [];
    const stop = useBank.subscribe((s) => statuses.push(s.status));
    // The import's worker writes on its own connection; the window hears the stamped rows.
    const heard: Partner[] = [];
    const db = openDb();
    const other = new Records(db, await loadDeviceClock(db));
    await other.bulkSave(
      'partners',
      Array.from({ length: 2500 }, (_, i) => person('Cyprien', i)),
      { validated: true, chunk: 1000, onStamped: (rows) => heard.push(...rows) },
    );
    db.close();
    await records.announceMerged('partners', heard);
    stop();
    const bank = useBank.getState();
    expect(bank.index.size).toBe(before + 2500);
    expect(bank.index.get(heard[2499]!.id)?.firstName).toBe('Cyprien');
    expect(statuses.every((s) => s === 'ready')).toBe(true);
  });
});
