/**
 * The built-in survey instruments, written for Relais from the practices the seeds
 * describe (a post-participation survey for partners and one for teams, a training
 * appreciation form, an evaluation grid of a partner's involvement). Offices edit them
 * like any other instrument; their ids are fixed so two laptops seeding them make one copy.
 */
import { builtInId, type Bilingual, type BuiltInInstrument, type InstrumentFields, type Question } from '../model';

const agree = {
  scaleMax: 5,
  scaleMin: { fr: 'Pas du tout d’accord', en: 'Strongly disagree' },
  scaleMaxLabel: { fr: 'Tout à fait d’accord', en: 'Strongly agree' },
};
const scale = (id: string, fr: string, en: string, required = true): Question => ({ id, kind: 'scale', label: { fr, en }, required, ...agree });
const text = (id: string, fr: string, en: string): Question => ({ id, kind: 'text', label: { fr, en }, required: false });
const choice = (id: string, fr: string, en: string, options: [string, string, string][]): Question => ({
  id,
  kind: 'choice',
  label: { fr, en },
  required: false,
  options: options.map(([oid, ofr, oen]) => ({ id: oid, label: { fr: ofr, en: oen } })),
});
const again: [string, string, string][] = [
  ['yes', 'Oui', 'Yes'],
  ['maybe', 'Peut-être', 'Maybe'],
  ['no', 'Non', 'No'],
];

export interface BuiltIn extends InstrumentFields {
  id: string;
  builtIn: BuiltInInstrument;
}

const make = (builtIn: BuiltInInstrument, title: Bilingual, audience: InstrumentFields['audience'], intro: Bilingual, questions: Question[]): BuiltIn => ({
  id: builtInId(builtIn),
  builtIn,
  title,
  audience,
  intro,
  questions,
  archived: false,
});

export const builtInInstruments = (): BuiltIn[] => [
  make(
    'post_partner',
    { fr: 'Après votre participation (partenaire)', en: 'After your participation (partner)' },
    'partner',
    {
      fr: 'Vos réponses aident le bureau à mieux préparer les prochains projets. Il n’y a pas de bonne ou de mauvaise réponse.',
      en: 'Your answers help the office prepare the next projects better. There are no right or wrong answers.',
    },
    [
      scale('overall', 'Dans l’ensemble, ma participation s’est bien passée.', 'Overall, taking part went well for me.'),
      scale('heard', 'L’équipe a tenu compte de mon expérience.', 'The team made use of my experience.'),
      scale('informed', 'J’avais l’information nécessaire pour jouer mon rôle.', 'I had the information I needed for my role.'),
      scale('supported', 'Le bureau de partenariat m’a bien accompagné.', 'The partnership office supported me well.'),
      choice('again', 'Aimeriez-vous participer à un autre projet ?', 'Would you like to take part in another project?', again),
      text('better', 'Qu’est-ce qui aurait pu être mieux ?', 'What could have gone better?'),
    ],
  ),
  make(
    'post_team',
    { fr: 'Après la participation d’un partenaire (équipe)', en: 'After working with a partner (team)' },
    'team',
    {
      fr: 'Ce questionnaire s’adresse à l’équipe qui a accueilli une personne partenaire. Les réponses ne nomment personne.',
      en: 'This form is for the team that welcomed a partner. Answers name nobody.',
    },
    [
      scale('enriched', 'La présence de la personne partenaire a enrichi le projet.', 'The partner’s presence made the project better.'),
      scale(
        'ready',
        'L’équipe était prête à l’accueillir (rencontre préparatoire, rôle clair).',
        'The team was ready to welcome them (preparatory meeting, clear role).',
      ),
      scale('office', 'Le soutien du bureau de partenariat a répondu à nos besoins.', 'The partnership office’s support met our needs.'),
      choice('again', 'Feriez-vous de nouveau appel à une personne partenaire ?', 'Would you work with a partner again?', again),
      text('change', 'Nommez un changement concret issu de sa participation.', 'Name one concrete change that came from their input.'),
    ],
  ),
  make(
    'training',
    { fr: 'Appréciation de la formation', en: 'Training feedback' },
    'attendee',
    { fr: 'Quelques questions sur la séance à laquelle vous venez d’assister.', en: 'A few questions about the session you just attended.' },
    [
      scale('expectations', 'La séance répondait à mes attentes.', 'The session met my expectations.'),
      scale('clear', 'Le contenu était clair et facile à suivre.', 'The content was clear and easy to follow.'),
      scale('useful', 'Je pourrai me servir de ce que j’ai appris.', 'I will be able to use what I learned.'),
      choice('length', 'La durée de la séance était…', 'The session’s length was…', [
        ['short', 'Trop courte', 'Too short'],
        ['right', 'Juste bien', 'About right'],
        ['long', 'Trop longue', 'Too long'],
      ]),
      text('comments', 'Commentaires ou suggestions', 'Comments or suggestions'),
    ],
  ),
  make(
    'involvement',
    { fr: 'Grille d’évaluation de l’implication', en: 'Involvement evaluation grid' },
    'partner',
    {
      fr: 'Pour faire le point sur votre implication dans un projet d’organisation des soins et services.',
      en: 'To look back on your involvement in a project on how care and services are organised.',
    },
    [
      scale('role', 'On m’a expliqué clairement mon rôle et ce qu’on attendait de moi.', 'My role and what was expected of me were clearly explained.'),
      scale('voice', 'J’ai pu donner mon point de vue librement.', 'I could give my point of view freely.'),
      scale('weight', 'Mes idées ont été prises en compte dans les décisions.', 'My ideas were taken into account in decisions.'),
      scale('member', 'Je me suis senti membre à part entière de l’équipe.', 'I felt a full member of the team.'),
      scale(
        'practical',
        'Les rencontres tenaient compte de mes contraintes (horaire, lieu, transport).',
        'Meetings took my constraints into account (times, place, travel).',
      ),
      scale('outcome', 'J’ai été informé des suites du projet.', 'I was told what came of the project.'),
      text('obstacles', 'Quels obstacles avez-vous rencontrés ?', 'What obstacles did you meet?'),
    ],
  ),
];
