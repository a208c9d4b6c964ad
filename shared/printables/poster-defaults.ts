import type { PosterFields, PosterText } from '../model/printables';
import type { OfficeSettingsFields } from '../model/settings';

/**
 * Starting text for a new poster, written for readers who read little: short sentences,
 * common words. The coordinator changes all of it; contact lines come from the settings.
 */
const fr = (contact: string): PosterText => ({
  title: 'Votre expérience peut améliorer nos soins',
  callToAction: 'Vous avez reçu des soins ou des services chez nous? Votre avis compte. Devenez usager partenaire.',
  examples: [
    'Relire un document pour qu’il soit clair',
    'Donner votre avis sur un parcours de soins',
    'Aider à lancer un nouveau projet',
    'Siéger à un comité d’amélioration',
  ].join('\n'),
  eligibility: ['Avoir reçu des services de notre établissement', 'Avoir un peu de temps pour un projet', 'Aucune expérience demandée'].join('\n'),
  contact,
});

const en = (contact: string): PosterText => ({
  title: 'Your experience can make our care better',
  callToAction: 'Have you received care or services from us? Your opinion counts. Become a partner user.',
  examples: ['Read a document to check it is clear', 'Give your view on a care pathway', 'Help start a new project', 'Sit on an improvement committee'].join(
    '\n',
  ),
  eligibility: ['You have received services from our establishment', 'You have some time for a project', 'No experience needed'].join('\n'),
  contact,
});

const contactLines = (s: Pick<OfficeSettingsFields, 'coordinator' | 'officeName' | 'phone' | 'email'>): string =>
  [s.coordinator, s.officeName, s.phone, s.email].filter((l) => l.trim() !== '').join('\n');

export function newPoster(settings: Pick<OfficeSettingsFields, 'coordinator' | 'officeName' | 'phone' | 'email'>, name: string): PosterFields {
  const contact = contactLines(settings);
  return { name, language: 'fr', paper: 'letter', fr: fr(contact), en: en(contact), syllabics: '', qr: settings.phone || settings.email };
}
