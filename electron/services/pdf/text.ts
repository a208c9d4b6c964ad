import { longDate } from '../../../shared/format/dates';
import type { UiLanguage } from '../../../shared/model/enums';
import en from '../../locales/en/pdf.json';
import fr from '../../locales/fr/pdf.json';

/** Printed text only; the interface's strings live with the renderer. */
export type PdfStrings = typeof fr;

const dictionaries: Record<UiLanguage, PdfStrings> = { fr, en };
const locales: Record<UiLanguage, string> = { fr: 'fr-CA', en: 'en-CA' };

export const stringsFor = (language: UiLanguage): PdfStrings => dictionaries[language];

export const fill = (template: string, vars: Record<string, string>): string => template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => vars[key] ?? '');

/** Long form: « 23 novembre 2026 », "November 23, 2026". Dates are calendar days, so UTC. */
export const formatDate = (language: UiLanguage, iso: string): string => longDate(iso, language);

export const formatNumber = (language: UiLanguage, n: number): string => new Intl.NumberFormat(locales[language], { maximumFractionDigits: 2 }).format(n);

export const formatMoney = (language: UiLanguage, n: number): string =>
  new Intl.NumberFormat(locales[language], { style: 'currency', currency: 'CAD' }).format(n);

/** Period wording that reads well whichever ends are known. */
export function formatPeriod(language: UiLanguage, start: string | undefined, end: string | undefined): string | undefined {
  const s = stringsFor(language).common;
  const d = (iso: string) => formatDate(language, iso);
  if (start && end) return fill(s.from, { start: d(start), end: d(end) });
  if (start) return fill(s.since, { start: d(start) });
  if (end) return fill(s.until, { end: d(end) });
  return undefined;
}
