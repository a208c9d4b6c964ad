import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { IsoDate } from '../../../shared/model/base';
import { PartnerFields } from '../../../shared/model/partner';
import { resources } from '../../../renderer/src/i18n/resources';
import { fieldErrors } from '../../../renderer/src/components/fieldErrors';

const tFor = async (lng: 'fr' | 'en') => {
  const i18n = i18next.createInstance();
  await i18n.init({ resources, lng, defaultNS: 'common', ns: Object.keys(resources.fr), interpolation: { escapeValue: false } });
  return i18n.getFixedT(lng, 'fields');
};

describe('a refused save points at its field', () => {
  it('an impossible date (31 February) is refused by the schema', () => {
    expect(IsoDate.safeParse('2026-02-31').success).toBe(false);
    expect(IsoDate.safeParse('2028-02-29').success).toBe(true);
  });

  it('a too-long note lands on "notes" with the limit and the length, in the UI language', async () => {
    const values = {
      firstName: 'Luc',
      lastName: 'Neeposh',
      notes: 'a'.repeat(10_000),
      consents: { bank: { given: true, date: '2026-02-31', method: 'written' } },
    };
    const parsed = PartnerFields.safeParse(values);
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    const fr = fieldErrors(parsed.error.issues, values, await tFor('fr'), 'fr');
    expect(fr.notes).toMatch(/^Ce texte dépasse la limite de 5\s000 caractères \(il en compte 10\s000\)/);
    expect(fr['consents.bank.date']).toBe('Cette date n’existe pas. Inscrivez une date réelle (AAAA-MM-JJ).');
    const en = fieldErrors(parsed.error.issues, values, await tFor('en'), 'en');
    expect(en.notes).toMatch(/over the 5,000-character limit \(10,000 characters\)/);
    expect(en['consents.bank.date']).toMatch(/^This date does not exist/);
  });
});
