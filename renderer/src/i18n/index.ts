import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { UiLanguage } from '../../../shared/model/enums';
import { resources } from './resources';
import { deName } from '../../../shared/format/french';

const LANG_KEY = 'relais.language';

export const storedLanguage = (): UiLanguage => (localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'fr');

export const initI18n = async (): Promise<typeof i18next> => {
  await i18next.use(initReactI18next).init({
    resources,
    lng: storedLanguage(),
    fallbackLng: 'fr',
    defaultNS: 'common',
    ns: Object.keys(resources.fr),
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  // French elision for "de" before a name: « Réponse d’Étienne », « Réponse de Marc ».
  i18next.services.formatter?.add('de', (value: string, lng?: string) => (lng?.startsWith('fr') ? deName(value) : value));
  document.documentElement.lang = locale(storedLanguage());
  return i18next;
};

export const locale = (lang: UiLanguage): string => (lang === 'en' ? 'en-CA' : 'fr-CA');

export const setLanguage = async (lang: UiLanguage): Promise<void> => {
  localStorage.setItem(LANG_KEY, lang);
  document.documentElement.lang = locale(lang);
  await i18next.changeLanguage(lang);
};
