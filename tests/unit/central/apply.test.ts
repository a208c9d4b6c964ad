import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { loadDeviceClock } from '../../../renderer/src/db/clock';
import { openDb } from '../../../renderer/src/db/db';
import { applyBundle } from '../../../renderer/src/db/receive';
import { Records } from '../../../renderer/src/db/records';
import type { RecordBase } from '../../../shared/model/base';
import { partnerFields } from './harness';

describe('merging into a laptop whose clock is behind', () => {
  it('stamps the next local change above every stamp it merged, so the next delta export includes it', async () => {
    const db = openDb(`relais-apply-${Math.random()}`);
    await db.open();
    const behind = Date.UTC(2026, 10, 2, 9);
    const records = new Records(db, await loadDeviceClock(db, () => behind), () => new Date(behind));
    const mine = await records.save('partners', partnerFields('Justine'));
    const aheadStamp = `${Date.UTC(2026, 10, 2, 15)}-00004-centralofficedev`;
    const fromCentral = {
      ...mine,
      firstName: 'Justine-Marie',
      deviceId: 'centralofficedev',
      stamp: aheadStamp,
      vv: { ...mine.vv, centralofficedev: aheadStamp },
    } as RecordBase;
    const r = await applyBundle(
      db,
      {
        bundleId: '01KBUNDLE0000000000000000A',
        deviceId: 'centralofficedev',
        establishment: '',
        createdAt: new Date(behind).toISOString(),
        full: true,
        records: { partners: [fromCentral] },
      },
      { central: false },
    );
    expect(r.outcomes.updated).toBe(1);
    const next = await records.save('partners', { ...(await db.partners.get(mine.id))!, phone: '418 555-0144' });
    expect(next.stamp > aheadStamp).toBe(true);
    expect(next.vv).toEqual({ [records.clock.deviceId]: next.stamp, centralofficedev: aheadStamp });
  });
});
