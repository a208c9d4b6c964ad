import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { chartSvg, SHADES } from '../../../shared/charts/plot';
import { indicatorSections } from '../../../shared/charts/sections';
import { compareIndicators, yearPeriod } from '../../../shared/logic/indicators';
import { coreInputs } from './dataset';

const doc = parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;
const sections = indicatorSections(compareIndicators(coreInputs, yearPeriod(2025), '2026-06-15'), 'fr');
const chart = (id: string) => {
  const c = sections.flatMap((s) => s.charts).find((x) => x.id === id);
  if (!c) throw new Error(id);
  return c;
};

describe('indicator charts', () => {
  it('the requests chart carries this year beside the last, in words on the bars', () => {
    // indicators.test.ts: received 3 (2025) and 1 (2024); filled 2 and 0.
    const spec = chart('requests');
    expect(spec.series).toEqual(['2025', '2024']);
    expect(spec.values[0]).toEqual([3, 1]);
    expect(spec.values[1]).toEqual([2, 0]);
    const svg = chartSvg(spec, doc, { locale: 'fr-CA', fontFamily: 'NotoSans' });
    const text = svg?.textContent ?? '';
    expect(text).toContain('Reçues');
    expect(text).toContain('2025\u00a0: 3');
    expect(text).toContain('2024\u00a0: 1');
    // English puts no space before the colon.
    expect(chartSvg(spec, doc, { locale: 'en-CA' })?.textContent).toContain('2025: 3');
  });

  it('is drawn in black, grey and white only (readable printed in black and white), with no inline style', () => {
    const svg = chartSvg(chart('steps'), doc, {});
    const fills = new Set(Array.from(svg?.querySelectorAll('rect') ?? []).map((r) => r.getAttribute('fill')));
    expect(fills.size).toBe(3);
    for (const f of fills) expect(SHADES as readonly (string | null)[]).toContain(f);
    expect(svg?.querySelector('style')).toBeNull();
    expect(svg?.getAttribute('style')).toBeNull();
    expect(svg?.getAttribute('aria-label')).toBe('Étapes d’accompagnement prévues — 2025');
  });

  it('draws nothing for an empty breakdown (the table says so)', () => {
    expect(chartSvg({ id: 'x', title: 'Vide', categories: [], series: ['a'], values: [] }, doc)).toBeNull();
  });
});
