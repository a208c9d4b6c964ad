import type { UiLanguage } from '../model/enums';

const LOCALES: Record<UiLanguage, string> = { fr: 'fr-CA', en: 'en-CA' };

/**
 * A calendar date in words, as the screens and the printed documents write it:
 * « 1er juillet 2026 », « 23 novembre 2026 », "November 23, 2026". Dates without a time
 * are calendar days, so they are formatted in UTC and never shift with the time zone.
 */
export const longDate = (iso: string, language: UiLanguage): string => {
  const s = new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso.slice(0, 10)}T00:00:00Z`));
  // French writes the first of the month as an ordinal; Intl does not.
  return language === 'fr' ? s.replace(/^1 /, '1er ') : s;
};
