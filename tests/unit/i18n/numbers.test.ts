import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../../shared/format/numbers';
import { resources } from '../../../renderer/src/i18n/resources';

describe('numbers read right', () => {
  it('counts are grouped as each language writes them, through Intl.NumberFormat', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ resources, lng: 'fr', fallbackLng: 'fr', defaultNS: 'common', ns: Object.keys(resources.fr), interpolation: { escapeValue: false } });
    // A no-break space (fr-CA writes U+00A0, Intl's 'fr' U+202F): never a plain space that could wrap.
    expect(i18n.t('bank:count', { count: 4000 })).toMatch(/^4[\u00a0\u202f]000 personnes$/);
    expect(i18n.t('bank:count', { count: 1 })).toBe('1 personne');
    await i18n.changeLanguage('en');
    expect(i18n.t('bank:count', { count: 4000 })).toBe('4,000 people');
    expect(formatNumber(10_000, 'fr')).toMatch(/^10[\u00a0\u202f]000$/);
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
  });
});
