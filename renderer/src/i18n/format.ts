import { useTranslation } from 'react-i18next';
import { longDate } from '../../../shared/format/dates';
import { locale } from './index';

const parseIsoDate = (iso: string): Date => {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1);
};

/** Locale-aware formatting of dates and numbers (fr-CA: « 23 novembre 2026 », 1 234,5). */
export const useFormat = () => {
  const { i18n } = useTranslation();
  const loc = locale(i18n.language === 'en' ? 'en' : 'fr');
  return {
    date: (iso?: string) => (iso ? longDate(iso, loc === 'en-CA' ? 'en' : 'fr') : '—'),
    shortDate: (iso?: string) => (iso ? new Intl.DateTimeFormat(loc, { dateStyle: 'medium' }).format(parseIsoDate(iso)) : '—'),
    dateTime: (iso?: string) =>
      iso ? new Intl.DateTimeFormat(loc, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso)) : '—',
    number: (n: number, digits = 0) => new Intl.NumberFormat(loc, { maximumFractionDigits: digits }).format(n),
    bytes: (n: number) =>
      n < 1024
        ? `${new Intl.NumberFormat(loc).format(n)} o`.replace(' o', loc === 'en-CA' ? ' B' : ' o')
        : `${new Intl.NumberFormat(loc, { maximumFractionDigits: 1 }).format(n / 1024)} ${loc === 'en-CA' ? 'KB' : 'Ko'}`,
  };
};

export const todayIso = (now: Date = new Date()): string => {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
};
