import pdfMake from 'pdfmake';
import { makeMandateSheet } from '../../electron/services/pdf';
import { FONT } from '../../electron/services/pdf/fonts';
import { sheetInput } from '../../tests/unit/pdf/fixtures';
import { median, timeIt, type BenchRow } from '../types';

const RUNS = 15;

/**
 * Mandate sheet against raw pdfmake printing one short page with the same registered
 * fonts, in the same process, so font loading and pdfkit costs are shared by both.
 */
export async function run(): Promise<BenchRow[]> {
  const input = sheetInput();
  // Registers the fonts; the raw baseline then uses them exactly as the sheet does.
  await makeMandateSheet(input);
  const minimal = () =>
    pdfMake.createPdf({ content: ['Fiche de mandat — Hélène Béliveau-Ouellet'], defaultStyle: { font: FONT.latin } }).getBuffer();
  const baseline = median(await timeIt(minimal, RUNS));
  const sheet = median(await timeIt(() => makeMandateSheet(input), RUNS));
  const ratio = sheet / baseline;
  return [
    {
      name: 'Mandate sheet PDF (2 pages, FR)',
      medianMs: Math.round(sheet * 10) / 10,
      baselineName: 'raw pdfmake one-page document, same fonts',
      baselineMedianMs: Math.round(baseline * 10) / 10,
      target: '≤ 2× baseline',
      met: ratio <= 2,
      notes: `ratio ${ratio.toFixed(2)}×`,
    },
  ];
}
