/** What the demo's invented requests are about: the teams asking, their references, how projects ended. */
import type { SectorId } from '../reference';

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

export const outcomes = [
  'Recommandations adoptées par le comité de direction; nouveau guide diffusé.',
  "Projet terminé; les constats ont été présentés au conseil d'administration.",
  "Projet suspendu faute de ressources; reprise prévue l'an prochain.",
] as const;
