/**
 * Word lists for invented demo people and texts. Names are common Québécois given and
 * family names combined at random, plus invented Cree- and Inuit-sounding names; none is
 * taken from the seed documents (a test checks), so no real person from the sources can
 * appear in the demo.
 */
import type { SectorId } from '../reference';

export const qcFirstNames = [
  'Isabelle',
  'Sylvie',
  'Nathalie',
  'Julie',
  'Chantal',
  'Josée',
  'Manon',
  'Geneviève',
  'Mélanie',
  'Karine',
  'Catherine',
  'Sophie',
  'Véronique',
  'Émilie',
  'Lyne',
  'Jocelyne',
  'Francine',
  'Denise',
  'Ginette',
  'Suzanne',
  'Monique',
  'Hélène',
  'Claudette',
  'Lucie',
  'Nicole',
  'Diane',
  'Johanne',
  'Audrey',
  'Marjolaine',
  'Maude',
  'Yvon',
  'Pierre',
  'Luc',
  'Michel',
  'Alain',
  'Daniel',
  'Sylvain',
  'Stéphane',
  'Patrick',
  'Éric',
  'François',
  'Mathieu',
  'Simon',
  'Dominique',
  'Marc-André',
  'Jean-François',
  'Gilles',
  'Réjean',
  'Gaétan',
  'Denis',
  'Normand',
  'Serge',
  'Benoît',
  'Olivier',
  'Félix',
  'Gabriel',
  'Étienne',
  'Raymond',
  'Roger',
  'Claude',
] as const;

export const qcLastNames = [
  'Tremblay',
  'Gagnon',
  'Roy',
  'Côté',
  'Bouchard',
  'Gauthier',
  'Lavoie',
  'Fortin',
  'Gagné',
  'Ouellet',
  'Pelletier',
  'Bélanger',
  'Lévesque',
  'Bergeron',
  'Leblanc',
  'Paquette',
  'Girard',
  'Simard',
  'Boucher',
  'Caron',
  'Beaulieu',
  'Cloutier',
  'Dubé',
  'Poirier',
  'Lapointe',
  'Gosselin',
  'Lemieux',
  'Mercier',
  'Nadeau',
  'Savard',
  'Thibault',
  'Dufour',
  'Vachon',
  'Bernier',
  'Boivin',
  'Lachance',
  'Hébert',
  'Plourde',
  'Turcotte',
  'Dionne',
  'Racine',
  'Harvey',
  'Desbiens',
  'Larouche',
  'Villeneuve',
  'Perron',
  'Guay',
  'Rousseau',
  'Labrecque',
  'Séguin',
] as const;

/** Cree communities mostly use English given names; the family names are invented. */
export const creeFirstNames = [
  'Gordon',
  'Hilda',
  'Edna',
  'Roderick',
  'Doris',
  'Samuel',
  'Thelma',
  'Isaac',
  'Winnie',
  'Abel',
  'Lillian',
  'Norman',
  'Agnes',
  'Eli',
  'Bella',
  'Harold',
  'Minnie',
  'Wilfred',
] as const;
export const creeLastNames = [
  'Ashkamew',
  'Nipiwin',
  'Wachiskum',
  'Kaypasuk',
  'Mistanish',
  'Chakapew',
  'Pashkwan',
  'Wiyaskum',
  'Sakwapit',
  'Mikwanish',
  'Tapaskum',
  'Nitchewan',
] as const;

export const inuitFirstNames = ['Tuniq', 'Paulusi', 'Akinisie', 'Sialuk', 'Qaunaq', 'Ilisapi', 'Aqiggiq', 'Nuvalik', 'Taqiasi', 'Jaaji'] as const;
export const inuitLastNames = ['Annatuk', 'Sirqutaq', 'Ippakuk', 'Taqialuk', 'Nulukie', 'Aupaluk', 'Qisiiq', 'Uqaituk'] as const;

export const frCommunities = [
  ['Chibougamau', 30],
  ['Chapais', 8],
  ['Matagami', 6],
  ['Lebel-sur-Quévillon', 6],
  ['Radisson', 3],
  ["Val-d'Or", 5],
  ['Senneterre', 3],
  ['Amos', 3],
  ['Saint-Félicien', 2],
  ['Roberval', 2],
] as const;
export const creeCommunities = [
  'Chisasibi',
  'Mistissini',
  'Waskaganish',
  'Oujé-Bougoumou',
  'Wemindji',
  'Eastmain',
  'Nemaska',
  'Waswanipi',
  'Whapmagoostui',
] as const;
export const inuitCommunities = ['Kuujjuaq', 'Kuujjuarapik', 'Puvirnituq', 'Inukjuak', 'Salluit'] as const;

export interface TrajectoryDef {
  text: string;
  sectors: SectorId[];
  caregiver?: boolean;
}

export const trajectories: TrajectoryDef[] = [
  { text: 'diabète de type 2', sectors: ['primary_care', 'nursing'] },
  { text: 'santé mentale', sectors: ['mental_health_addiction'] },
  { text: 'trouble anxieux', sectors: ['mental_health_addiction', 'primary_care'] },
  { text: 'dépression majeure', sectors: ['mental_health_addiction'] },
  { text: 'dépendance (alcool)', sectors: ['mental_health_addiction'] },
  { text: 'cancer du sein', sectors: ['oncology'] },
  { text: 'cancer colorectal', sectors: ['oncology', 'surgical_specialties'] },
  { text: 'insuffisance cardiaque', sectors: ['hospitalisation', 'nursing'] },
  { text: 'MPOC', sectors: ['hospitalisation', 'home_support'] },
  { text: 'AVC et réadaptation', sectors: ['physical_rehab'] },
  { text: "amputation d'un membre inférieur", sectors: ['physical_rehab', 'surgical_specialties'] },
  { text: 'grossesse et périnatalité', sectors: ['public_health', 'youth'] },
  { text: 'hémodialyse', sectors: ['hospitalisation', 'nursing'] },
  { text: 'douleur chronique', sectors: ['primary_care', 'multidisciplinary'] },
  { text: 'évacuation médicale vers Montréal', sectors: ['hospitalisation'] },
  { text: 'chirurgie de la hanche', sectors: ['surgical_specialties', 'physical_rehab'] },
  { text: "proche aidant d'un parent atteint d'Alzheimer", sectors: ['long_term_care', 'home_support'], caregiver: true },
  { text: "parent d'un enfant autiste", sectors: ['intellectual_disability_asd', 'youth'], caregiver: true },
  { text: "proche aidante d'un conjoint en soins palliatifs", sectors: ['home_support', 'hospitalisation'], caregiver: true },
  { text: "parent d'un adolescent suivi en protection de la jeunesse", sectors: ['youth'], caregiver: true },
  { text: "proche d'une personne hébergée en CHSLD", sectors: ['long_term_care'], caregiver: true },
];

/** Texts in syllabics so the printed output is exercised with Cree and Inuktitut script. */
export const creeSyllabicTrajectory: TrajectoryDef = {
  text: 'retour dans la communauté après une hospitalisation (ᐄᔨᔨᐤ ᐊᔅᒌ)',
  sectors: ['hospitalisation', 'home_support'],
};
export const inuitSyllabicTrajectory: TrajectoryDef = {
  text: 'ᓄᓇᕕᒃ : évacuation médicale et retour à domicile',
  sectors: ['hospitalisation'],
};

export const notes = [
  'Préfère être joint en après-midi.',
  "Très à l'aise en grand groupe; aime prendre la parole.",
  "A besoin d'un transport adapté pour les rencontres en personne.",
  'Travaille de jour; disponible le soir seulement.',
  "Souhaite d'abord observer une rencontre avant de s'engager.",
  'Intéressée par les projets touchant les aînés.',
  'Ne souhaite pas être photographié.',
  'Disponibilité réduite pendant la saison de chasse.',
  'Aime recevoir les documents imprimés par la poste.',
  'Bonne connaissance du parcours des évacuations médicales.',
] as const;
export const creeSyllabicNotes = ['Souhaite que les documents soient aussi en cri : ᐄᔨᔨᐤ ᐊᔅᒌ.', 'Se présente en cri au début des rencontres (ᐄᔨᔨᐤ).'] as const;
export const inuitSyllabicNotes = ['Préfère les documents en ᐃᓄᒃᑎᑐᑦ, avec interprète aux rencontres.'] as const;

export const availabilityNotes = [
  'Disponible le soir seulement.',
  'Travaille à temps plein; préfère les rencontres après 16 h.',
  'Disponibilité variable selon ses traitements.',
  "Absent l'été (camp de chasse et de pêche).",
  'Libre en semaine, le matin.',
] as const;

export const otherLanguages = ['Espagnol', 'Innu', 'Atikamekw', 'Arabe', 'Portugais'] as const;

export const dualRoleNotes: Record<string, string> = {
  staff: "Employé(e) de l'établissement dans un autre service; ne participe pas aux projets de son service.",
  staff_relative: "Conjoint(e) d'une infirmière du CLSC.",
  users_committee: 'Membre du comité des usagers; les deux rôles sont distincts.',
  residents_committee: 'Membre du comité des résidents du CHSLD.',
  peer_helper: 'Pair aidant rémunéré dans un organisme communautaire.',
  other: 'Bénévole au centre de santé communautaire.',
};

export const trainingTitles = {
  base: 'Formation de base – usager partenaire',
  others: ['Confidentialité et éthique', 'Sécurité des soins et gestion des risques', 'Agrément Canada : le rôle des usagers', 'Prendre la parole en comité'],
  upa: "Rôle de l'usager partenaire accompagnateur",
} as const;

export const sharedExperiences = [
  "Témoignage lors d'une formation du personnel",
  'Entrevue pour le bulletin interne',
  'Présentation au comité des usagers',
  "Capsule vidéo sur l'accueil des usagers",
] as const;

export type ContactTemplate = readonly ['call' | 'meeting' | 'email' | 'letter' | 'text' | 'video', string];
export const contactTemplates: readonly ContactTemplate[] = [
  ['call', 'Appel de suivi : va bien, reste disponible pour un projet.'],
  ['call', "Message laissé, pas de retour pour l'instant."],
  ['call', 'Appel pour prendre des nouvelles après son traitement.'],
  ['email', 'Courriel : invitation à la prochaine formation.'],
  ['email', 'Courriel : envoi du compte rendu de la rencontre.'],
  ['meeting', 'Rencontre en personne au bureau; échange sur ses intérêts.'],
  ['video', 'Rencontre en visioconférence; présentation des projets en cours.'],
  ['text', 'Texto : rappel de la rencontre de jeudi.'],
  ['letter', 'Lettre de remerciement et attestation de participation envoyées.'],
  ['call', "Discussion sur ses disponibilités pour l'automne."],
];

export const declineReasons = [
  'Manque de disponibilité',
  'Raisons de santé',
  "Conflit d'horaire avec son travail",
  'Déjà engagé(e) dans plusieurs projets',
  "Le sujet la touche de trop près pour l'instant",
] as const;

export const inactiveReasons = [
  'Problème de santé; souhaite une pause',
  'Déménagement hors de la région',
  'Retour au travail à temps plein',
  'Proche aidant à temps plein pour le moment',
] as const;
export const withdrawnReasons = ['Ne souhaite plus participer', 'Consentement retiré'] as const;

export const referenceRoles = [
  'Chef de service',
  'Conseillère cadre',
  'Infirmière clinicienne',
  'Coordonnateur clinique',
  'Agente de planification, programmation et recherche',
] as const;

export interface RequestTemplate {
  title: string;
  directorate: string;
  team: string;
  level: 'clinical' | 'tactical' | 'strategic';
  context: 'care' | 'organisation' | 'governance';
  sectors: SectorId[];
  trajectories: string[];
  languages: ('fr' | 'en' | 'cr' | 'iu')[];
  community?: string;
  frequency: string;
  hoursExpected: number;
}

export const requestTemplates: RequestTemplate[] = [
  {
    title: "Comité d'amélioration continue en santé mentale",
    directorate: 'Direction des programmes santé mentale et dépendance',
    team: 'Équipe santé mentale adulte – Chibougamau',
    level: 'tactical',
    context: 'organisation',
    sectors: ['mental_health_addiction'],
    trajectories: ['santé mentale'],
    languages: ['fr'],
    community: 'Chibougamau',
    frequency: 'Une rencontre par mois',
    hoursExpected: 20,
  },
  {
    title: 'Comité de vigilance et de la qualité',
    directorate: "Direction de la qualité, de l'évaluation, de la performance et de l'éthique",
    team: 'Secrétariat du conseil',
    level: 'strategic',
    context: 'governance',
    sectors: ['quality_ethics'],
    trajectories: [],
    languages: ['fr'],
    frequency: 'Quatre rencontres par année',
    hoursExpected: 12,
  },
  {
    title: 'Pairs accompagnateurs en diabète',
    directorate: 'Direction des soins infirmiers',
    team: 'Clinique de maladies chroniques',
    level: 'clinical',
    context: 'care',
    sectors: ['primary_care', 'nursing'],
    trajectories: ['diabète de type 2'],
    languages: ['fr', 'en'],
    frequency: 'Selon les besoins des usagers accompagnés',
    hoursExpected: 30,
  },
  {
    title: "Préparation de la visite d'Agrément Canada",
    directorate: "Direction de la qualité, de l'évaluation, de la performance et de l'éthique",
    team: 'Équipe qualité et agrément',
    level: 'tactical',
    context: 'organisation',
    sectors: ['quality_ethics'],
    trajectories: [],
    languages: ['fr'],
    frequency: 'Aux deux semaines',
    hoursExpected: 16,
  },
  {
    title: 'Parcours des usagers évacués vers Montréal',
    directorate: 'Direction des services multidisciplinaires',
    team: 'Service des évacuations médicales',
    level: 'tactical',
    context: 'organisation',
    sectors: ['hospitalisation'],
    trajectories: ['évacuation médicale vers Montréal'],
    languages: ['fr', 'en', 'cr'],
    frequency: 'Une rencontre par mois',
    hoursExpected: 18,
  },
  {
    title: "Soutien à domicile des aînés : revoir l'accueil",
    directorate: "Direction du programme soutien à l'autonomie des personnes âgées",
    team: 'Équipe de soutien à domicile – Chapais',
    level: 'tactical',
    context: 'care',
    sectors: ['home_support', 'long_term_care'],
    trajectories: ["proche aidant d'un parent atteint d'Alzheimer"],
    languages: ['fr'],
    community: 'Chapais',
    frequency: 'Une rencontre par mois',
    hoursExpected: 14,
  },
  {
    title: "Siège d'usager au comité de gestion des risques",
    directorate: "Direction de la qualité, de l'évaluation, de la performance et de l'éthique",
    team: 'Gestion des risques',
    level: 'strategic',
    context: 'governance',
    sectors: ['quality_ethics'],
    trajectories: [],
    languages: ['fr'],
    frequency: 'Six rencontres par année',
    hoursExpected: 15,
  },
  {
    title: "Refonte du guide d'accueil en périnatalité",
    directorate: 'Direction de santé publique',
    team: 'Équipe périnatalité et petite enfance',
    level: 'tactical',
    context: 'care',
    sectors: ['public_health', 'youth'],
    trajectories: ['grossesse et périnatalité'],
    languages: ['fr', 'en'],
    frequency: 'Trois ateliers',
    hoursExpected: 9,
  },
  {
    title: 'Accompagnement par les pairs en réadaptation',
    directorate: 'Direction des services multidisciplinaires',
    team: 'Service de réadaptation physique',
    level: 'clinical',
    context: 'care',
    sectors: ['physical_rehab'],
    trajectories: ['AVC et réadaptation'],
    languages: ['fr'],
    frequency: 'Une rencontre aux deux semaines',
    hoursExpected: 24,
  },
  {
    title: 'Validation de dépliants en cri et en anglais',
    directorate: 'Direction de santé publique',
    team: 'Communications et promotion de la santé',
    level: 'tactical',
    context: 'organisation',
    sectors: ['public_health', 'hr_comms_legal'],
    trajectories: [],
    languages: ['cr', 'en'],
    frequency: 'Deux rencontres',
    hoursExpected: 6,
  },
  {
    title: 'Trajectoire en oncologie : du diagnostic au traitement',
    directorate: 'Direction des soins infirmiers',
    team: "Clinique d'oncologie",
    level: 'tactical',
    context: 'organisation',
    sectors: ['oncology'],
    trajectories: ['cancer du sein', 'cancer colorectal'],
    languages: ['fr'],
    frequency: 'Une rencontre par mois',
    hoursExpected: 20,
  },
  {
    title: 'Comité des usagers partenaires – jeunesse',
    directorate: 'Direction des programmes jeunesse',
    team: 'Services jeunesse',
    level: 'tactical',
    context: 'organisation',
    sectors: ['youth'],
    trajectories: ["parent d'un adolescent suivi en protection de la jeunesse"],
    languages: ['fr'],
    frequency: 'Une rencontre par mois',
    hoursExpected: 18,
  },
];

export const stepNotes = [
  "Rencontre tenue en visioconférence; tout s'est bien passé.",
  "L'usager se sent bien accueilli par l'équipe.",
  "Ajuster l'horaire : les rencontres finissent trop tard.",
  "L'équipe souhaite poursuivre la collaboration.",
] as const;

export const surveyAnswers = [
  'Je me suis senti(e) écouté(e).',
  "J'aurais aimé recevoir les documents plus tôt.",
  'Très belle expérience, je recommencerais.',
  'Le vocabulaire était parfois difficile à suivre.',
] as const;

export const outcomes = [
  'Recommandations adoptées par le comité de direction; nouveau guide diffusé.',
  "Projet terminé; les constats ont été présentés au conseil d'administration.",
  "Projet suspendu faute de ressources; reprise prévue l'an prochain.",
] as const;
