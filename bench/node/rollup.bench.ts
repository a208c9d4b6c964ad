import { generateDemo } from '../../shared/demo/generate';
import { computeIndicators, yearPeriod } from '../../shared/logic/indicators';
import { rollup } from '../../shared/logic/rollup';
import { median, timeIt, type BenchRow } from '../types';

const PARTNERS = 20_000;
const REQUESTS = 300;
const OFFICES = 5;
const TODAY = '2026-11-23';
const round = (ms: number): number => Math.round(ms * 100) / 100;

/**
 * The central office's Bilan over 20,000 partners from five offices: every indicator per
 * office, the pooled figures for the all-offices column, and the sums. Baseline: the same
 * indicators once over every record, as one office would compute them.
 */
export async function run(): Promise<BenchRow[]> {
  const generated = generateDemo({ seed: 13, partners: PARTNERS, contactsPerPartner: 0, requests: REQUESTS, today: TODAY });
  // Records as IndexedDB gives them back (structured clones), each made by one of five offices' laptops.
  const spread = <T extends { deviceId: string; stamp: string; vv?: unknown }>(rows: T[]): T[] =>
    rows.map((r, i) => {
      const deviceId = `laptop-office-${i % OFFICES}`;
      const { vv: _vv, ...rest } = r;
      return { ...rest, deviceId, stamp: `${r.stamp}-${deviceId}` } as T;
    });
  const records = structuredClone({
    partners: spread(generated.partners),
    requests: spread(generated.requests),
    mandates: spread(generated.mandates),
    candidacies: spread(generated.candidacies),
  });
  const deviceOffice = new Map(Array.from({ length: OFFICES }, (_, i) => [`laptop-office-${i}`, `Bureau ${i + 1}`]));
  const lastBundleAt = new Map([...deviceOffice.values()].map((o) => [o, '2026-11-20T12:00:00.000Z']));
  const period = yearPeriod(2026);
  const settingsOf = () => ({ overloadMandates: generated.settings.overloadMandates, overloadHours: generated.settings.overloadHours });
  const input = { records, deviceOffice, lastBundleAt, regionOf: () => '', settingsOf, period, today: TODAY, now: new Date('2026-11-23T12:00:00.000Z') };
  const baseline = median(await timeIt(() => computeIndicators({ ...records, settings: settingsOf() }, period, TODAY), 7));
  const measured = median(await timeIt(() => rollup(input), 7));
  return [
    {
      name: 'Central Bilan: every indicator per office and for all offices, 20 k partners in 5 offices',
      medianMs: round(measured),
      baselineName: 'the same indicators once over every record (one office)',
      baselineMedianMs: round(baseline),
      target: '≤ 3× baseline',
      met: measured <= 3 * baseline,
      notes: `${OFFICES} offices; ${records.requests.length} requests, ${records.mandates.length} mandates; ratio ${round(measured / baseline)}×`,
    },
  ];
}
