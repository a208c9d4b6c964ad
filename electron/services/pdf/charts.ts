import { parseHTML } from 'linkedom';
import type { Content } from 'pdfmake/interfaces';
import { chartHeight, chartSvg } from '../../../shared/charts/plot';
import type { ChartSpec } from '../../../shared/charts/sections';
import type { UiLanguage } from '../../../shared/model/enums';
import { FONT } from './fonts';

/**
 * The screen's charts, drawn by the same Plot code against a linkedom document and handed
 * to pdfmake as SVG: vectors, the embedded font, no raster image.
 */
let doc: Document | undefined;
const documentFor = (): Document => (doc ??= parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document);

const printable = (svg: SVGSVGElement): string => {
  svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  return svg.outerHTML;
};

export function chartContent(spec: ChartSpec, language: UiLanguage, width: number): Content | null {
  const svg = chartSvg(spec, documentFor(), { width, fontFamily: FONT.latin, locale: language === 'en' ? 'en-CA' : 'fr-CA' });
  if (!svg) return null;
  return { svg: printable(svg), width, height: chartHeight(spec), font: FONT.latin } as Content;
}
