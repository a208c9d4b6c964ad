import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import pdfMake from 'pdfmake';
import { makeMandateSheet } from '../../electron/services/pdf';
import { FONT } from '../../electron/services/pdf/fonts';
import { sheetInput } from '../../tests/unit/pdf/fixtures';
import { median, timeIt, type BenchRow } from '../types';

const RUNS = 15;
const require = createRequire(import.meta.url);

const minimalPage = (font: string) => () => pdfMake.createPdf({ content: ['Fiche de mandat — Hélène Béliveau-Ouellet'], defaultStyle: { font } }).getBuffer();

const row = (name: string, sheet: number, baselineName: string, baseline: number): BenchRow => ({
  name,
  medianMs: Math.round(sheet * 10) / 10,
  baselineName,
  baselineMedianMs: Math.round(baseline * 10) / 10,
  target: '≤ 2× baseline',
  met: sheet <= 2 * baseline,
  notes: `ratio ${(sheet / baseline).toFixed(2)}×`,
});

/**
 * The mandate sheet (two pages, three faces, header, footer, tables) against raw pdfmake
 * printing one line, in the same run. Two baselines, because "the same fonts" can mean
 * the same prepared bytes (ours: WOFF unwrapped to TrueType once per process) or the same
 * font files registered the plain way (the @fontsource WOFF, inflated on every document).
 */
export async function run(): Promise<BenchRow[]> {
  const input = sheetInput();
  await makeMandateSheet(input);
  const vfs = (pdfMake as unknown as { virtualfs: { writeFileSync(name: string, data: Buffer): void } }).virtualfs;
  vfs.writeFileSync('bench/plain.woff', readFileSync(require.resolve('@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff')));
  pdfMake.addFonts({ BenchPlain: { normal: 'bench/plain.woff', bold: 'bench/plain.woff', italics: 'bench/plain.woff', bolditalics: 'bench/plain.woff' } });

  const prepared = median(await timeIt(minimalPage(FONT.latin), RUNS));
  const plain = median(await timeIt(minimalPage('BenchPlain'), RUNS));
  const sheet = median(await timeIt(() => makeMandateSheet(input), RUNS));
  return [
    row('Mandate sheet PDF (2 pages, FR)', sheet, 'raw pdfmake one-line page, same font files as shipped (WOFF)', plain),
    row('Mandate sheet PDF (2 pages, FR)', sheet, 'raw pdfmake one-line page, same prepared font bytes', prepared),
  ];
}
