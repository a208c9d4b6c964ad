import { describe, expect, it } from 'vitest';
import { dateTimeIn, shortDateIn } from '../../../renderer/src/i18n/format';

describe('short dates read right', () => {
  it('French writes the first of the month « 1er », in short dates and date-times as in long ones', () => {
    expect(shortDateIn('fr-CA', '2026-11-01')).toBe('1er nov. 2026');
    expect(shortDateIn('fr-CA', '2026-11-10')).toBe('10 nov. 2026');
    expect(shortDateIn('fr-CA', '2026-11-21')).toBe('21 nov. 2026');
    // Noon UTC is the same calendar day in every Canadian time zone.
    expect(dateTimeIn('fr-CA', '2022-05-01T12:00:00Z')).toMatch(/^1er mai 2022/);
    expect(dateTimeIn('fr-CA', '2022-05-11T12:00:00Z')).toMatch(/^11 mai 2022/);
  });

  it('English keeps its own order, with no ordinal', () => {
    expect(shortDateIn('en-CA', '2026-11-01')).toBe('Nov 1, 2026');
    expect(dateTimeIn('en-CA', '2022-05-01T12:00:00Z')).toMatch(/^May 1, 2022/);
  });
});
