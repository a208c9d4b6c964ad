import type { UiLanguage } from '../model/enums';

const LOCALES: Record<UiLanguage, string> = { fr: 'fr-CA', en: 'en-CA' };
const formatters = new Map<string, Intl.NumberFormat>();

/**
 * A number as the UI language groups it: « 4 000 » (fr-CA, narrow no-break space),
 * "4,000" (en-CA). Through Intl.NumberFormat, never by hand.
 */
export const formatNumber = (n: number, language: UiLanguage, maximumFractionDigits = 1): string => {
  const key = `${language}:${maximumFractionDigits}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits });
    formatters.set(key, f);
  }
  return f.format(n);
};
