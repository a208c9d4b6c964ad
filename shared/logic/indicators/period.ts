import type { IsoDate } from '../../model/base';
import { addDays, addMonths } from '../dates';

/**
 * The period every indicator is computed over: calendar days, both ends included.
 * Years and quarters are calendar ones (the office reports to its board by fiscal or
 * calendar year; a custom period covers any other span, such as April to March).
 */
export type PeriodKind = 'year' | 'quarter' | 'custom';

export interface Period {
  kind: PeriodKind;
  from: IsoDate;
  to: IsoDate;
}

const pad = (n: number): string => String(n).padStart(2, '0');

export const yearPeriod = (year: number): Period => ({ kind: 'year', from: `${year}-01-01`, to: `${year}-12-31` });

/** Quarter 1 to 4 of a calendar year. */
export const quarterPeriod = (year: number, quarter: 1 | 2 | 3 | 4): Period => {
  const firstMonth = (quarter - 1) * 3 + 1;
  const from = `${year}-${pad(firstMonth)}-01`;
  return { kind: 'quarter', from, to: addDays(addMonths(from, 3), -1) };
};

export const customPeriod = (from: IsoDate, to: IsoDate): Period => (from <= to ? { kind: 'custom', from, to } : { kind: 'custom', from: to, to: from });

const DAY_MS = 86_400_000;
// Date.UTC on the parts is several times faster than parsing the string, and this runs per history event.
const dayNumber = (d: IsoDate): number => Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10)) / DAY_MS;

/** Whole days from a to b (negative when b is earlier). */
export const daysBetween = (a: IsoDate, b: IsoDate): number => dayNumber(b) - dayNumber(a);

export const periodDays = (p: Period): number => daysBetween(p.from, p.to) + 1;

/**
 * The period just before, for comparison: the previous year or quarter, or a custom span
 * of the same number of days ending the day before this one starts.
 */
export const previousPeriod = (p: Period): Period => {
  if (p.kind === 'year') return yearPeriod(Number(p.from.slice(0, 4)) - 1);
  if (p.kind === 'quarter') {
    const from = addMonths(p.from, -3);
    return { kind: 'quarter', from, to: addDays(p.from, -1) };
  }
  const to = addDays(p.from, -1);
  return { kind: 'custom', from: addDays(to, -(periodDays(p) - 1)), to };
};

export const inPeriod = (d: IsoDate | undefined, p: Period): d is IsoDate => d !== undefined && d >= p.from && d <= p.to;

/** Does [start, end] (end open when undefined) meet the period? */
export const overlaps = (start: IsoDate, end: IsoDate | undefined, p: Period): boolean => start <= p.to && (end === undefined || end >= p.from);

/** The day the period's stock figures are read on: its last day, or today if the period is not over. */
export const asOfDate = (p: Period, today: IsoDate): IsoDate => (today < p.to ? today : p.to);

export const median = (values: readonly number[]): number | null => {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};
