import { describe, expect, it } from 'vitest';
import { officeTotals, quarterPeriod, yearPeriod, type IndicatorInputs } from '../../../shared/logic/indicators';
import { rollup, tableToCsv, type RollupInput } from '../../../shared/logic/rollup';
import type { PipelineStep } from '../../../shared/model';
import { mandate, partner, request } from '../logic/factory';

/**
 * Two offices worked out by hand. The Baie-James office last sent a bundle twelve days
 * before "now" (the stale one); Nunavik sent one the evening before. Every record belongs to
 * the office of the device that made it (devBJ01, devNK01).
 */
const BJ = 'CRSSS de la Baie-James';
const NK = 'Nunavik';
const by = (device: string, n: number) => ({ deviceId: device, stamp: `176000000${n}000-00000-${device}` });
const hist = (...events: [string, PipelineStep][]) => events.map(([d, to]) => ({ at: `${d}T15:00:00.000Z`, to }));

const partners = [
  // Baie-James: in the bank since February 2026, on a mandate from March 2026 (active).
  partner({
    id: 'P1',
    ...by('devBJ01', 1),
    levels: ['clinical'],
    language: 'cr',
    community: 'Mistissini',
    step: 'active',
    history: hist(['2026-02-01', 'in_bank'], ['2026-03-01', 'active']),
  }),
  // Baie-James: in the bank since 2025, no mandate (in the bank, not active).
  partner({
    id: 'P2',
    ...by('devBJ01', 2),
    levels: ['clinical', 'strategic'],
    language: 'fr',
    community: 'Chibougamau',
    history: hist(['2025-05-01', 'in_bank']),
  }),
  // Baie-James: a newcomer (interest in June 2026): not in the bank.
  partner({ id: 'P3', ...by('devBJ01', 3), step: 'interest', history: hist(['2026-06-10', 'interest']) }),
  // Baie-James: deleted: counts nowhere.
  { ...partner({ id: 'P4', ...by('devBJ01', 4), history: hist(['2025-05-01', 'in_bank']) }), deleted: 1 as const },
  // Nunavik: in the bank since January 2026; its only mandate ran through 2025.
  partner({ id: 'P5', ...by('devNK01', 5), levels: ['tactical'], language: 'iu', community: 'Kuujjuaq', history: hist(['2026-01-15', 'in_bank']) }),
  // Nunavik: in the bank in 2025, withdrew on 2026-04-01 (in the bank at the end of Q1 only).
  partner({ id: 'P6', ...by('devNK01', 6), step: 'withdrawn', history: hist(['2025-06-01', 'in_bank'], ['2026-04-01', 'withdrawn']) }),
];
const requests = [
  // Received 2026-02-10, filled 2026-03-01, first mandate made 2026-03-01: 19 days.
  request({ id: 'R1', ...by('devBJ01', 7), receivedAt: '2026-02-10', status: 'filled', statusHistory: [{ at: '2026-03-01T15:00:00.000Z', to: 'filled' }] }),
  // Received and filled in 2025: neither counts in 2026.
  request({ id: 'R2', ...by('devBJ01', 8), receivedAt: '2025-11-01', status: 'closed', statusHistory: [{ at: '2025-12-01T15:00:00.000Z', to: 'filled' }] }),
  // Nunavik: received in August 2026, still open.
  request({ id: 'R3', ...by('devNK01', 9), receivedAt: '2026-08-05', status: 'recruiting' }),
];
const mandates = [
  mandate('P1', { id: 'M1', ...by('devBJ01', 10), requestId: 'R1', createdAt: '2026-03-01T15:00:00.000Z', startDate: '2026-03-01', status: 'active' }),
  // Cancelled: never counts.
  mandate('P2', { id: 'M3', ...by('devBJ01', 11), requestId: 'R1', createdAt: '2026-05-01T15:00:00.000Z', startDate: '2026-05-01', status: 'cancelled' }),
  mandate('P5', {
    id: 'M2',
    ...by('devNK01', 12),
    requestId: 'RX',
    createdAt: '2025-01-01T15:00:00.000Z',
    startDate: '2025-01-01',
    endDate: '2025-12-31',
    status: 'ended',
  }),
];

const settings: IndicatorInputs['settings'] = { overloadMandates: 3, overloadHours: 60 };
const input = (period = yearPeriod(2026)): RollupInput => ({
  records: { partners, requests, mandates, candidacies: [] },
  deviceOffice: new Map([
    ['devBJ01', BJ],
    ['devNK01', NK],
  ]),
  lastBundleAt: new Map([
    [BJ, '2026-11-19T09:00:00.000Z'],
    [NK, '2026-11-30T23:00:00.000Z'],
  ]),
  regionOf: (o) => (o === NK ? 'Nunavik' : 'Nord-du-Québec'),
  settingsOf: () => settings,
  period,
  today: '2026-12-01',
  now: new Date('2026-12-01T12:00:00.000Z'),
});

const office = (r: ReturnType<typeof rollup>, name: string) => {
  const o = r.offices.find((x) => x.office === name);
  if (!o) throw new Error(`no column for ${name}`);
  return o;
};

describe('indicators per office at the central office', () => {
  const r = rollup(input());

  it('one column per office, sorted, each with its region and freshness (the stale one twelve days old)', () => {
    expect(r.offices.map((o) => [o.office, o.region, o.daysSinceBundle])).toEqual([
      [BJ, 'Nord-du-Québec', 12], // 2026-11-19 09:00 → 2026-12-01 12:00: 12 days and 3 hours
      [NK, 'Nunavik', 0],
    ]);
    expect(r.all).toMatchObject({ office: '*', lastBundleAt: '2026-11-30T23:00:00.000Z', daysSinceBundle: 0 });
  });

  it('the office screen’s indicators for 2026, per office', () => {
    const bj = office(r, BJ);
    expect(bj.indicators.bank).toMatchObject({ inBank: 2, active: 1 }); // P1, P2; P1 on M1
    expect(bj.indicators.requests).toMatchObject({ received: 1, filled: 1, medianDaysToFirstMandate: 19 }); // R1
    expect(bj.mandates).toEqual({ running: 1, started: 1 }); // M1 (M3 cancelled)
    expect(bj.indicators.pipeline.find((f) => f.step === 'interest')?.entered).toBe(1); // P3
    expect(bj.indicators.bank.byLevel).toEqual([
      { key: 'clinical', bank: 2, active: 1 },
      { key: 'tactical', bank: 0, active: 0 },
      { key: 'strategic', bank: 1, active: 0 },
    ]);
    const nk = office(r, NK);
    expect(nk.indicators.bank).toMatchObject({ inBank: 1, active: 0 }); // P5 (M2 ended in 2025); P6 withdrew
    expect(nk.indicators.requests).toMatchObject({ received: 1, filled: 0, medianDaysToFirstMandate: null }); // R3
    expect(nk.mandates).toEqual({ running: 0, started: 0 });
  });

  it('the all-offices column adds the counts up and takes medians over every record', () => {
    expect(r.all.indicators.bank).toMatchObject({ inBank: 3, active: 1 });
    expect(r.all.indicators.requests).toMatchObject({ received: 2, filled: 1, medianDaysToFirstMandate: 19 });
    expect(r.all.mandates).toEqual({ running: 1, started: 1 });
    expect(r.all.indicators.bank.byLanguage.filter((x) => x.bank > 0)).toEqual([
      { key: 'fr', bank: 1, active: 0 },
      { key: 'cr', bank: 1, active: 1 },
      { key: 'iu', bank: 1, active: 0 },
    ]);
    expect(r.all.indicators.bank.byCommunity.map((x) => x.key)).toEqual(['Mistissini', 'Chibougamau', 'Kuujjuaq']);
    expect(r.byRegion).toEqual({ 'Nord-du-Québec': { inBank: 2, active: 1 }, Nunavik: { inBank: 1, active: 0 } });
    // The same sums as the indicators module's own totals across offices.
    const totals = officeTotals(r.offices.map((o) => ({ establishment: o.office, indicators: o.indicators })));
    const a = r.all.indicators;
    expect(totals).toEqual({
      offices: 2,
      inBank: a.bank.inBank,
      active: a.bank.active,
      requestsReceived: a.requests.received,
      requestsFilled: a.requests.filled,
      stepsOnTime: a.accompaniment.onTime,
      stepsLate: a.accompaniment.late,
      stepsOverdue: a.accompaniment.overdue,
      overSolicited: a.load.overSolicited,
    });
  });

  it('another period gives other figures: first quarter 2026, and the last quarter of 2025', () => {
    const q1 = rollup(input(quarterPeriod(2026, 1)));
    expect(office(q1, NK).indicators.bank.inBank).toBe(2); // P6 still in the bank on 2026-03-31
    expect(office(q1, BJ).indicators.requests.received).toBe(1);
    expect(q1.all.indicators.bank.inBank).toBe(4);
    const q4 = rollup(input(quarterPeriod(2025, 4)));
    expect(office(q4, NK).indicators.bank).toMatchObject({ inBank: 1, active: 1 }); // P6 in the bank, P5 on M2
    expect(office(q4, BJ).indicators.bank).toMatchObject({ inBank: 1, active: 0 }); // P2 only
    expect(office(q4, BJ).indicators.requests).toMatchObject({ received: 1, filled: 1 }); // R2
  });

  it('a record belongs to the office of the device that made its latest change; unknown devices get their own column', () => {
    const moved = partner({ id: 'P7', deviceId: 'devBJ01', stamp: '1760000000013000-00000-devBJ01', history: hist(['2026-01-01', 'in_bank']) });
    moved.vv = { devBJ01: '1760000000013000-00000-devBJ01', devNK01: '1760000000014000-00000-devNK01' };
    const stranger = partner({ id: 'P8', ...by('devXX0001', 15), history: hist(['2026-01-01', 'in_bank']) });
    const base = input();
    const r2 = rollup({ ...base, records: { ...base.records, partners: [...partners, moved, stranger] } });
    expect(office(r2, NK).indicators.bank.inBank).toBe(2);
    expect(office(r2, '').indicators.bank.inBank).toBe(1);
    expect(r2.all.indicators.bank.inBank).toBe(5);
  });

  it('an office heard from with no records of its own still has its column, with zeros', () => {
    const base = input();
    const r3 = rollup({ ...base, lastBundleAt: new Map([...base.lastBundleAt, ['CISSS de Laval', '2026-10-01T12:00:00.000Z']]) });
    expect(office(r3, 'CISSS de Laval')).toMatchObject({ daysSinceBundle: 61, indicators: { bank: { inBank: 0 } } });
  });

  it('writes a table as CSV with quoted text where needed', () => {
    expect(tableToCsv(['Bureau', 'Actives'], [['CRSSS de la Baie-James, Chibougamau', 1]])).toBe('Bureau,Actives\r\n"CRSSS de la Baie-James, Chibougamau",1');
  });
});
