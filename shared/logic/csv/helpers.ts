/** Small text helpers shared by the CSV steps. */
import { fold as foldText } from '../text';

/** Accent- and case-folded, keeping what e-mails need (@ . +) so names and addresses compare loosely. */
export const fold = (s: string): string =>
  foldText(s)
    .replace(/[’'`]/g, ' ')
    .replace(/[^a-z0-9@.+]+/g, ' ')
    .trim();

export const digitsOf = (phone: string): string => {
  const d = phone.replace(/\D/g, '');
  // North American numbers are written with or without the leading 1.
  return d.length === 11 && d.startsWith('1') ? d.slice(1) : d;
};

export const nameKey = (first: string, last: string): string => `${fold(first)}|${fold(last)}`;

export const stripFormulaGuard = (v: string): string => (/^'[=+\-@\t\r]/.test(v) ? v.slice(1) : v);
