import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The focus ring must reach 3:1 against every background it is drawn on (WCAG 1.4.11).
 * Colours are read from the style sheets themselves, so changing one without the other fails here.
 */
const css = ['styles.css', 'layout.css'].map((f) => readFileSync(path.join(__dirname, '../../../renderer/src', f), 'utf8')).join('\n');

/** The last value a custom property is given (later sheets win). */
const prop = (name: string): string => {
  const last = [...css.matchAll(new RegExp(`${name}:\\s*(#[0-9a-fA-F]{6})\\s*;`, 'g'))].at(-1)?.[1];
  if (!last) throw new Error(`${name} not found`);
  return last;
};

const luminance = (hex: string) => {
  const [r = 0, g = 0, b = 0] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: string, b: string) => {
  const [x, y] = [luminance(a), luminance(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
};

describe('focus ring contrast', () => {
  it('computes contrast as WCAG does', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    // The old amber ring on white, as measured in issue #15.
    expect(contrast('#f2b01e', '#ffffff')).toBeLessThan(2);
  });

  it('is at least 3:1 on the page, cards, dialogs, notices and the alert strip', () => {
    const ring = prop('--focus-ring');
    const alertStrip = /\.alerts \{[^}]*background: (#[0-9a-fA-F]{6})/.exec(css)?.[1];
    const backgrounds = { page: prop('--bg'), card: prop('--card'), white: '#ffffff', alerts: alertStrip ?? 'missing' };
    for (const [where, bg] of Object.entries(backgrounds)) expect(contrast(ring, bg), `${ring} on ${where} (${bg})`).toBeGreaterThanOrEqual(3);
  });

  it('is at least 3:1 on the top bar, its current item and its hover colour', () => {
    const ring = prop('--focus-ring-on-dark');
    for (const bg of [prop('--primary'), prop('--topbar-current'), prop('--topbar-hover')])
      expect(contrast(ring, bg), `${ring} on ${bg}`).toBeGreaterThanOrEqual(3);
  });

  it('the rings are the ones drawn: the light one everywhere, the amber one on the top bar', () => {
    expect(css).toMatch(/(^|\n):focus-visible \{\s*outline: 3px solid var\(--focus-ring\)/);
    expect(css).toMatch(/\.topbar :focus-visible,\s*\.skip-link:focus-visible \{\s*outline-color: var\(--focus-ring-on-dark\)/);
    // No other outline colour sneaks in.
    expect([...css.matchAll(/outline: [^;]*#[0-9a-fA-F]{3,6}/g)]).toEqual([]);
  });

  it('the top bar colours in styles.css are the ones the test checks', () => {
    expect(css).toContain(`background: ${prop('--topbar-current')}`);
    expect(css).toContain(`background: ${prop('--topbar-hover')}`);
  });
});
