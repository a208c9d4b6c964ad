import type { IsoDate } from '../model';

/**
 * Calendar arithmetic on ISO dates (YYYY-MM-DD). Done in UTC on purpose: these are
 * calendar days, not instants, so the laptop's time zone must not shift them.
 * ISO dates compare correctly as strings, which the callers rely on.
 */

const toUtc = (d: IsoDate): Date => new Date(`${d}T00:00:00Z`);
const fromUtc = (d: Date): IsoDate => d.toISOString().slice(0, 10);

export const addDays = (d: IsoDate, days: number): IsoDate => {
  const t = toUtc(d);
  t.setUTCDate(t.getUTCDate() + days);
  return fromUtc(t);
};

/** Adds months, clamping to the month's last day (2026-03-31 − 1 month → 2026-02-28). */
export const addMonths = (d: IsoDate, months: number): IsoDate => {
  const t = toUtc(d);
  const day = t.getUTCDate();
  t.setUTCDate(1);
  t.setUTCMonth(t.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth() + 1, 0)).getUTCDate();
  t.setUTCDate(Math.min(day, lastDay));
  return fromUtc(t);
};

/** The calendar date of an ISO instant as recorded (its UTC date). */
export const instantDate = (instant: string): IsoDate => instant.slice(0, 10);

export const maxDate = (a: IsoDate | undefined, b: IsoDate | undefined): IsoDate | undefined => (a === undefined ? b : b === undefined ? a : a >= b ? a : b);
