import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { longDate } from '../../../shared/format/dates';
import { locale } from './index';

const parseIsoDate = (iso: string): Date => {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1);
};

/**
 * Intl formatters are costly to build (a long list builds hundreds per render): one per
 * locale and options, kept.
 */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
const dateFormat = (loc: string, opts: Intl.DateTimeFormatOptions): Intl.DateTimeFormat => {
  const key = `d${loc}${JSON.stringify(opts)}`;
  let f = formatters.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(loc, opts)));
  return f;
};
const numberFormat = (loc: string, opts: Intl.NumberFormatOptions = {}): Intl.NumberFormat => {
  const key = `n${loc}${JSON.stringify(opts)}`;
  let f = formatters.get(key) as Intl.NumberFormat | undefined;
  if (!f) formatters.set(key, (f = new Intl.NumberFormat(loc, opts)));
  return f;
};

// French writes the first of the month as an ordinal (« 1er nov. 2026 »); Intl does not.
const firstOfMonth = (loc: string, s: string): string => (loc === 'fr-CA' ? s.replace(/^1(?=[\s\u00a0\u202f])/, '1er') : s);

/** « 1er nov. 2026 », "Nov 1, 2026": a calendar day, abbreviated. */
export const shortDateIn = (loc: string, iso: string): string => firstOfMonth(loc, dateFormat(loc, { dateStyle: 'medium' }).format(parseIsoDate(iso)));

/** « 1er mai 2022, 09 h 32 »: an instant, in this computer's time zone. */
export const dateTimeIn = (loc: string, iso: string): string =>
  firstOfMonth(loc, dateFormat(loc, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso)));

/** Locale-aware formatting of dates and numbers (fr-CA: « 23 novembre 2026 », 1 234,5). */
export const useFormat = () => {
  const { i18n } = useTranslation();
  const loc = locale(i18n.language === 'en' ? 'en' : 'fr');
  // The same object while the language stays: memoised lists and rows that take it as a prop stay memoised.
  return useMemo(() => formattersIn(loc), [loc]);
};

const formattersIn = (loc: ReturnType<typeof locale>) => {
  return {
    date: (iso?: string) => (iso ? longDate(iso, loc === 'en-CA' ? 'en' : 'fr') : '—'),
    shortDate: (iso?: string) => (iso ? shortDateIn(loc, iso) : '—'),
    dateTime: (iso?: string) => (iso ? dateTimeIn(loc, iso) : '—'),
    number: (n: number, digits = 0) => numberFormat(loc, { maximumFractionDigits: digits }).format(n),
    bytes: (n: number) =>
      n < 1024
        ? `${numberFormat(loc).format(n)} o`.replace(' o', loc === 'en-CA' ? ' B' : ' o')
        : `${numberFormat(loc, { maximumFractionDigits: 1 }).format(n / 1024)} ${loc === 'en-CA' ? 'KB' : 'Ko'}`,
  };
};

export const todayIso = (now: Date = new Date()): string => {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
};
