/**
 * Word lists for the demo's invented texts: trajectories, notes, contacts, reasons and
 * answers. The people are in names.ts, the requests in request-vocab.ts.
 */
import type { SectorId } from '../reference';

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
