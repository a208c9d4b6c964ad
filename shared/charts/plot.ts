/**
 * Draws a chart spec as SVG with Observable Plot. The renderer passes its own `document`;
 * the main process passes one from linkedom, so the annual report prints the very SVG the
 * screen shows, as vectors. Readable in black and white: series differ by shade (black,
 * grey, white with a black outline) and every bar carries its series and value in words.
 */
import * as Plot from '@observablehq/plot';
import type { ChartSpec } from './sections';

export const SHADES = ['#1a1a1a', '#9a9a9a', '#ffffff'] as const;
const INK = '#1a1a1a';
const BAR = 10;
const MAX_LABEL = 38;

export interface ChartOptions {
  width?: number;
  /** Font family written on the SVG (the PDF maps it to an embedded font). */
  fontFamily?: string;
  /** BCP 47 locale for the numbers printed on the bars. */
  locale?: string;
}

const short = (s: string): string => (s.length > MAX_LABEL ? `${s.slice(0, MAX_LABEL - 1)}…` : s);

/** The chart's height for its number of bars, so the PDF can reserve the space. */
export const chartHeight = (spec: ChartSpec): number => spec.categories.length * (spec.series.length * BAR + 9) + 12;

/** The SVG element of a chart, or null when there is nothing to draw (the table says so). */
export const chartSvg = (spec: ChartSpec, doc: Document, options: ChartOptions = {}): SVGSVGElement | null => {
  if (spec.categories.length === 0) return null;
  const fmt = new Intl.NumberFormat(options.locale ?? 'fr-CA', { maximumFractionDigits: 1 });
  // French puts a (non-breaking) space before the colon; English does not.
  const colon = options.locale?.startsWith('en') ? ': ' : '\u00a0: ';
  const data = spec.categories.flatMap((cat, i) =>
    spec.series.map((ser, j) => {
      const v = spec.values[i]?.[j] ?? 0;
      return { cat, ser, v, text: `${ser}${colon}${fmt.format(v)}` };
    }),
  );
  const max = Math.max(1, ...data.map((d) => d.v));
  const longest = Math.max(...spec.categories.map((c) => short(c).length));
  const longestText = Math.max(...data.map((d) => d.text.length));
  const width = options.width ?? 640;
  const marginLeft = Math.min(230, 14 + longest * 6.2);
  // Leave room at the right of the longest bar for its words.
  const plotWidth = width - marginLeft - 10;
  const room = Math.min(0.6, (longestText * 5.4 + 8) / plotWidth);
  const svg = Plot.plot({
    document: doc,
    width,
    height: chartHeight(spec),
    marginLeft,
    marginRight: 10,
    marginTop: 6,
    marginBottom: 6,
    x: { axis: null, domain: [0, max / (1 - room)] },
    y: { axis: null, domain: spec.series, padding: 0.12 },
    fy: { axis: 'left', label: null, domain: spec.categories, padding: 0.18, tickFormat: short },
    color: { domain: spec.series, range: SHADES.slice(0, spec.series.length) },
    marks: [
      Plot.barX(data, { x: 'v', y: 'ser', fy: 'cat', fill: 'ser', stroke: INK, strokeWidth: 0.75 }),
      Plot.text(data, { x: 'v', y: 'ser', fy: 'cat', text: 'text', textAnchor: 'start', dx: 4, fill: INK }),
      Plot.ruleX([0], { stroke: INK }),
    ],
  }) as unknown as SVGSVGElement;
  // Plot adds a <style> block and a style attribute for browsers; the app's CSP refuses
  // inline styles and the PDF renderer ignores them, and the attributes already say it all.
  for (const st of Array.from(svg.querySelectorAll('style'))) st.remove();
  svg.removeAttribute('style');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', spec.title);
  if (options.fontFamily) svg.setAttribute('font-family', options.fontFamily);
  return svg;
};
