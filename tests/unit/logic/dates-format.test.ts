import { describe, expect, it } from 'vitest';
import { longDate } from '../../../shared/format/dates';

describe('dates in words', () => {
  it('writes fr-CA long dates, with 1er for the first of the month', () => {
    expect(longDate('2026-11-23', 'fr')).toBe('23 novembre 2026');
    expect(longDate('2026-07-01', 'fr')).toBe('1er juillet 2026');
    expect(longDate('2026-07-11', 'fr')).toBe('11 juillet 2026');
  });
  it('writes en-CA long dates', () => {
    expect(longDate('2026-07-01', 'en')).toBe('July 1, 2026');
  });
  it('never shifts a calendar day with the time zone', () => {
    expect(longDate('2027-01-01T00:00:00.000Z', 'fr')).toBe('1er janvier 2027');
  });
});
