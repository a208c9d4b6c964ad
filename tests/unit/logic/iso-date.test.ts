import { describe, expect, it } from 'vitest';
import { IsoDate } from '../../../shared/model/base';

/** What IsoDate accepted before it stopped building Dates: the pattern and a Date round trip. */
const roundTrip = (s: string): boolean => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};

const pad = (n: number, w: number) => String(n).padStart(w, '0');

describe('IsoDate', () => {
  it('accepts exactly the days a Date round trip accepts, leap years and year 0000 included', () => {
    let accepted = 0;
    for (const y of [0, 1, 4, 100, 400, 1600, 1900, 1999, 2000, 2023, 2024, 2025, 2026, 2100, 2400, 9999]) {
      for (let m = 0; m <= 13; m++) {
        for (let d = 0; d <= 32; d++) {
          const s = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
          expect(IsoDate.safeParse(s).success, s).toBe(roundTrip(s));
          if (roundTrip(s)) accepted++;
        }
      }
    }
    // 16 years of 365 or 366 days: the loop really went through real days.
    expect(accepted).toBeGreaterThan(16 * 365);
  });

  it('refuses 29 February outside leap years and shapes the pattern does not allow', () => {
    expect(IsoDate.safeParse('2026-02-29').success).toBe(false);
    expect(IsoDate.safeParse('2028-02-29').success).toBe(true);
    expect(IsoDate.safeParse('1900-02-29').success).toBe(false);
    expect(IsoDate.safeParse('2000-02-29').success).toBe(true);
    for (const bad of ['2026-1-01', '2026-01-1', '26-01-01', '2026-01-01T00:00', ' 2026-01-01', '２０２６-01-01', '2026-13-01', '2026-00-10'])
      expect(IsoDate.safeParse(bad).success, bad).toBe(false);
  });
});
