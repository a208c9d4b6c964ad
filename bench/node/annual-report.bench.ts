import { makeAnnualReport, makeMandateSheet } from '../../electron/services/pdf';
import { generateDemo } from '../../shared/demo/generate';
import { annualReportInputFrom } from '../../shared/printables/annual-report-mapping';
import { sheetInput } from '../../tests/unit/pdf/fixtures';
import { median, timeIt, type BenchRow } from '../types';

const TODAY = '2026-11-23';
const TARGET_MS = 2000;
const round = (ms: number): number => Math.round(ms * 10) / 10;

/**
 * The annual report of a busy office (20,000 people, a year of requests): the indicators
 * computed, the charts drawn, the PDF laid out, against the two-page mandate sheet.
 */
export async function run(): Promise<BenchRow[]> {
  const generated = generateDemo({ seed: 13, partners: 20_000, contactsPerPartner: 0, requests: 300, today: TODAY });
  // Records as IndexedDB gives them back (structured clones), as in indicators.bench.ts.
  const demo = {
    ...structuredClone({ partners: generated.partners, requests: generated.requests, mandates: generated.mandates, candidacies: generated.candidacies }),
    settings: generated.settings,
  };
  const notes = { highlights: 'Une année de consolidation.', challenges: 'Le recrutement hors des grands centres.' };
  const make = () => makeAnnualReport(annualReportInputFrom(demo.settings, demo, 2026, notes, 'fr', TODAY));
  const first = await make();
  const sheet = median(await timeIt(() => makeMandateSheet(sheetInput()), 5));
  const report = median(await timeIt(make, 5, 1));
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < 3; i++) await make();
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000 / 3;
  return [
    {
      name: 'Annual report PDF (indicators + charts + projects), 20 k partners',
      medianMs: round(report),
      baselineName: 'mandate sheet PDF (2 pages)',
      baselineMedianMs: round(sheet),
      target: `≤ ${TARGET_MS} ms`,
      met: report <= TARGET_MS,
      notes: `${first.pages} pages, ${Math.round(first.bytes.length / 1024)} KiB; includes computing the indicators for the year and the previous one; CPU time per report ${round(cpuMs)} ms`,
    },
  ];
}
