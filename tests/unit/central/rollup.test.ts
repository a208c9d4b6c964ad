import { describe, expect, it } from 'vitest';
import { rollup, tableToCsv } from '../../../shared/logic/rollup';
import { Partner } from '../../../shared/model/partner';
import type { Mandate, PartnerRequest } from '../../../shared/model/request';
import { partner } from '../sync/fixtures';

const p = (n: number, device: string, extra: Record<string, unknown>) =>
  Partner.parse({ ...partner(n), deviceId: device, stamp: `176000000${n}000-00000-${device}`, ...extra });

describe('roll-up across offices', () => {
  const partners = [
    p(1, 'devBJ01', { step: 'active', levels: ['clinical'], language: 'cr', community: 'Mistissini' }),
    p(2, 'devBJ01', { step: 'in_bank', levels: ['clinical', 'strategic'], language: 'fr', community: 'Chibougamau' }),
    p(3, 'devBJ01', { step: 'interest' }),
    p(4, 'devNK01', { step: 'in_bank', levels: ['tactical'], language: 'iu', community: 'Kuujjuaq' }),
    { ...p(5, 'devNK01', { step: 'active' }), deleted: 1 as const },
  ];
  const requests = [
    { id: 'r1', deviceId: 'devBJ01', stamp: '1760000000001-00000-devBJ01', status: 'filled', statusHistory: [] },
    { id: 'r2', deviceId: 'devBJ01', stamp: '1760000000002-00000-devBJ01', status: 'closed', statusHistory: [{ at: 'x', to: 'filled' }] },
    { id: 'r3', deviceId: 'devNK01', stamp: '1760000000003-00000-devNK01', status: 'received', statusHistory: [] },
  ] as unknown as PartnerRequest[];
  const mandates = [{ id: 'm1', deviceId: 'devBJ01', stamp: '1760000000004-00000-devBJ01', status: 'active' }] as unknown as Mandate[];
  const r = rollup({
    partners,
    requests,
    mandates,
    deviceOffice: new Map([
      ['devBJ01', 'CRSSS de la Baie-James'],
      ['devNK01', 'Nunavik'],
    ]),
    lastBundleAt: new Map([
      ['CRSSS de la Baie-James', '2026-11-19T09:00:00.000Z'],
      ['Nunavik', '2026-11-30T23:00:00.000Z'],
    ]),
    regionOf: (o) => (o === 'Nunavik' ? 'Nunavik' : 'Nord-du-Québec'),
    now: new Date('2026-12-01T12:00:00.000Z'),
  });

  it('counts people in the bank and active per office, by level, language and community; deletions and candidates out', () => {
    const bj = r.offices.find((o) => o.office === 'CRSSS de la Baie-James');
    expect(bj).toMatchObject({
      inBank: 2,
      active: 1,
      requestsReceived: 2,
      requestsFilled: 2,
      mandatesActive: 1,
      daysSinceBundle: 12,
      region: 'Nord-du-Québec',
    });
    expect(bj?.byLevel).toEqual({ clinical: { inBank: 2, active: 1 }, strategic: { inBank: 1, active: 0 } });
    expect(bj?.byLanguage).toEqual({ cr: { inBank: 1, active: 1 }, fr: { inBank: 1, active: 0 } });
    expect(r.all).toMatchObject({ inBank: 3, active: 1, requestsReceived: 3, requestsFilled: 2, mandatesTotal: 1, daysSinceBundle: 0 });
    expect(r.all.byCommunity.Kuujjuaq).toEqual({ inBank: 1, active: 0 });
    expect(r.byRegion).toEqual({ 'Nord-du-Québec': { inBank: 2, active: 1 }, Nunavik: { inBank: 1, active: 0 } });
  });

  it('writes a table as CSV with quoted text where needed', () => {
    expect(tableToCsv(['Bureau', 'Actives'], [['CRSSS de la Baie-James, Chibougamau', 1]])).toBe('Bureau,Actives\r\n"CRSSS de la Baie-James, Chibougamau",1');
  });
});
