import { generateDemo } from '../../shared/demo/generate';
import { compareIndicators, computeIndicators, yearPeriod } from '../../shared/logic/indicators';
import { median, timeIt, type BenchRow } from '../types';

const PARTNERS = 20_000;
/** A busy office's year: a few hundred requests, each with its candidacies and mandates. */
const REQUESTS = 300;
const TODAY = '2026-11-23';
const TARGET_MS = 100;
const round = (ms: number): number => Math.round(ms * 100) / 100;

export async function run(): Promise<BenchRow[]> {
  const demo = generateDemo({ seed: 13, partners: PARTNERS, contactsPerPartner: 0, requests: REQUESTS, today: TODAY });
  const inputs = { ...demo, settings: demo.settings };
  const period = yearPeriod(2026);
  // Baseline: one pass over every table, touching each record once; the floor of any indicator set.
  const baseline = median(
    await timeIt(() => {
      let n = 0;
      for (const p of demo.partners) n += p.history.length;
      for (const m of demo.mandates) n += m.steps.length + m.hours.length;
      for (const r of demo.requests) n += r.statusHistory.length;
      return n;
    }, 7),
  );
  const one = median(await timeIt(() => computeIndicators(inputs, period, TODAY), 7));
  const both = median(await timeIt(() => compareIndicators(inputs, period, TODAY), 5));
  const notes = `${PARTNERS} partners, ${demo.requests.length} requests, ${demo.mandates.length} mandates, ${demo.candidacies.length} candidacies; one period ${round(one)} ms`;
  return [
    {
      name: 'All indicators, year and previous year, 20 k partners',
      medianMs: round(both),
      baselineName: 'one pass touching every record',
      baselineMedianMs: round(baseline),
      target: `≤ ${TARGET_MS} ms`,
      met: both <= TARGET_MS,
      notes,
    },
  ];
}
