import pdfMake from 'pdfmake';
import { makePosterImage } from '../../electron/services/images';
import { makePoster } from '../../electron/services/pdf';
import { FONT } from '../../electron/services/pdf/fonts';
import { newPoster } from '../../shared/printables/poster-defaults';
import type { PosterInput } from '../../shared/printables/schemas';
import { sampleLogo } from '../../scripts/support/sample-logo';
import { office } from '../../tests/unit/pdf/fixtures';
import { median, timeIt, type BenchRow } from '../types';

/**
 * Runs each function once per round, round after round, and returns each one's CPU time
 * (user + system, ms). On a machine shared by many processes, wall time mostly measures
 * the wait for a core; the work done is what the ratio must compare.
 */
async function interleaved(fns: Array<() => unknown>, runs: number): Promise<number[][]> {
  const out = fns.map(() => [] as number[]);
  for (const fn of fns) await fn();
  for (let i = 0; i < runs; i++) {
    for (const [j, fn] of fns.entries()) {
      const t0 = process.cpuUsage();
      await fn();
      const d = process.cpuUsage(t0);
      out[j]?.push((d.user + d.system) / 1000);
    }
  }
  return out;
}

const RUNS = 25;

/**
 * The recruitment poster against raw pdfmake drawing one line and the same logo, with the
 * same prepared font bytes (registered by the first poster), in the same run; and the
 * poster's images (SVG laid out here, rasterised by resvg with the same Noto fonts).
 */
export async function run(): Promise<BenchRow[]> {
  const logo = sampleLogo();
  const withLogo = { ...office, logo };
  const poster: PosterInput = { ...newPoster(withLogo, 'Bench'), office: withLogo };
  const bilingual: PosterInput = { ...poster, language: 'bilingual', paper: 'tabloid', syllabics: 'ᐄᔨᔨᐤ ᐊᔅᒌ' };
  await makePoster(bilingual);
  // The same faces the poster draws with: regular and bold (and the syllabics for the bilingual row).
  const raw = (syllabics: boolean) => () =>
    pdfMake
      .createPdf({
        pageSize: 'LETTER',
        content: [
          { image: `data:${logo.mime};base64,${logo.base64}`, fit: [64, 64] },
          { text: 'Votre expérience peut améliorer nos soins', bold: true },
          'Devenez usager partenaire.',
          ...(syllabics ? [{ text: 'ᐄᔨᔨᐤ ᐊᔅᒌ', font: FONT.syllabics }] : []),
        ],
        defaultStyle: { font: FONT.latin },
      })
      .getBuffer();

  // Interleaved, so a poster and its baseline see the same load on a shared machine.
  const [baseline, letter, baselineSyllabics, tabloid] = (
    await interleaved([raw(false), () => makePoster(poster), raw(true), () => makePoster(bilingual)], RUNS)
  ).map(median) as [number, number, number, number];
  // The images' target is wall time, what the coordinator waits for.
  const social = median(await timeIt(() => makePosterImage(bilingual, 'social'), RUNS));
  const tv = median(await timeIt(() => makePosterImage(bilingual, 'tv'), RUNS));
  const r = (n: number) => Math.round(n * 10) / 10;
  const vsRaw = (name: string, ms: number, base: number, faces: string): BenchRow => ({
    name,
    medianMs: r(ms),
    baselineName: `raw pdfmake page: the same logo and a line in each face (${faces}), same prepared font bytes`,
    baselineMedianMs: r(base),
    target: '≤ 2× baseline',
    met: ms <= 2 * base,
    notes: `ratio ${(ms / base).toFixed(2)}× (CPU time, interleaved)`,
  });
  const image = (name: string, ms: number): BenchRow => ({ name, medianMs: r(ms), target: '≤ 1000 ms', met: ms <= 1000, notes: 'wall time' });
  return [
    vsRaw('Recruitment poster PDF (Letter, FR, logo, QR)', letter, baseline, 'regular, bold'),
    vsRaw('Recruitment poster PDF (Tabloid, bilingual, syllabics, logo, QR)', tabloid, baselineSyllabics, 'regular, bold, syllabics'),
    image('Poster image 1080×1080 PNG (bilingual, syllabics)', social),
    image('Poster image 1920×1080 PNG (bilingual, syllabics)', tv),
  ];
}
