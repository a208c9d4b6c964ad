/**
 * Reference lists (facts from the 2024 provincial portrait and its questionnaire), with
 * the English labels the project writes, so every list the UI shows is bilingual.
 *
 * Storage convention: partners and requests keep `sectors` as an array of strings (the
 * model allows free text). Relais stores the **sector id** (a stable slug, e.g.
 * `mental_health_addiction`), never the label, so renaming or translating a label never
 * orphans data. Any stored string that is not a known id is legacy or free text typed by
 * the coordinator: show it as is (`sectorLabel` does this) rather than dropping it.
 * The same id-not-label rule applies to every other list here (plans, services, etc.).
 *
 * Regions and establishment names are proper nouns and stay in French; a region's `en`
 * differs only where an English name is in common official use.
 *
 * English labels are keyed by the French text rather than by position, so that a change
 * to lists.json fails loudly at load instead of silently pairing wrong translations.
 */
import type { AccompanimentStepId, Context, Level, Role, UiLanguage } from '../model/enums';
import lists from './lists.json';
import { foldKey } from '../logic/text';

export interface RefItem<Id extends string = string> {
  id: Id;
  fr: string;
  en: string;
}

export interface Region extends RefItem<string> {
  /** Two-digit health region number, '01' to '18'. */
  code: string;
  /** The French name (same as `fr`), kept for readability at call sites. */
  name: string;
}

export interface Establishment {
  name: string;
  region: string;
  regionName: string;
}

export const label = (item: Pick<RefItem, 'fr' | 'en'>, lang: UiLanguage): string => (lang === 'en' ? item.en : item.fr);

/** Pairs each French label from lists.json with its id and English label; throws on drift. */
function build<Id extends string>(list: string, frLabels: readonly string[], table: Record<string, readonly [Id, string]>): RefItem<Id>[] {
  const out = frLabels.map((fr) => {
    const entry = table[fr];
    if (!entry) throw new Error(`reference: no English label for ${list} item "${fr}"`);
    return { id: entry[0], fr, en: entry[1] };
  });
  if (out.length !== Object.keys(table).length) throw new Error(`reference: ${list} labels out of sync with lists.json`);
  return out;
}

const regionEn: Record<string, string> = {
  '18': 'Eeyou Istchee (Cree Territory of James Bay)',
};

export const regions: Region[] = lists.regions.map((r) => ({
  id: r.code,
  code: r.code,
  name: r.name,
  fr: r.name,
  en: regionEn[r.code] ?? r.name,
}));

const regionByCode = new Map(regions.map((r) => [r.code, r]));
export const regionName = (code: string): string => regionByCode.get(code)?.name ?? code;

export const establishments: Establishment[] = lists.establishments.map((e) => ({
  name: e.name,
  region: e.region,
  regionName: regionName(e.region),
}));

export type SectorId =
  | 'public_health'
  | 'youth'
  | 'home_support'
  | 'long_term_care'
  | 'intellectual_disability_asd'
  | 'physical_rehab'
  | 'mental_health_addiction'
  | 'primary_care'
  | 'hospitalisation'
  | 'multidisciplinary'
  | 'professional_services'
  | 'nursing'
  | 'oncology'
  | 'surgical_specialties'
  | 'technical_services'
  | 'hr_comms_legal'
  | 'financial_resources'
  | 'information_resources'
  | 'quality_ethics';

export const sectors: RefItem<SectorId>[] = build<SectorId>('sectors', lists.sectors, {
  'Santé publique': ['public_health', 'Public health'],
  Jeunesse: ['youth', 'Youth'],
  'Soutien à domicile': ['home_support', 'Home care and support'],
  'Hébergement longue durée': ['long_term_care', 'Long-term care'],
  "Déficience intellectuelle, trouble du spectre de l'autisme": ['intellectual_disability_asd', 'Intellectual disability, autism spectrum disorder'],
  'Réadaptation physique': ['physical_rehab', 'Physical rehabilitation'],
  'Santé mentale et dépendance': ['mental_health_addiction', 'Mental health and addiction'],
  'Services de première ligne': ['primary_care', 'Primary care services'],
  'Hospitalisation (médecine, chirurgie, autre)': ['hospitalisation', 'Hospital care (medicine, surgery, other)'],
  'Services multidisciplinaires': ['multidisciplinary', 'Multidisciplinary services'],
  'Services professionnels': ['professional_services', 'Professional services'],
  'Soins infirmiers': ['nursing', 'Nursing'],
  Cancérologie: ['oncology', 'Cancer care'],
  'Services spécialisés chirurgicaux': ['surgical_specialties', 'Specialised surgical services'],
  'Services techniques': ['technical_services', 'Technical services'],
  'Ressources humaines, communications, affaires juridiques': ['hr_comms_legal', 'Human resources, communications, legal affairs'],
  'Ressources financières': ['financial_resources', 'Financial resources'],
  'Ressources informationnelles': ['information_resources', 'Information technology'],
  'Qualité, innovation, évaluation, performance et éthique': ['quality_ethics', 'Quality, innovation, evaluation, performance and ethics'],
});
export const sectorIds: SectorId[] = sectors.map((s) => s.id);

const sectorById = new Map<string, RefItem<SectorId>>(sectors.map((s) => [s.id, s]));
export const isSectorId = (s: string): s is SectorId => sectorById.has(s);

/** Label for a stored sector value; unknown values are free text and shown unchanged. */
export const sectorLabel = (stored: string, lang: UiLanguage): string => {
  const s = sectorById.get(stored);
  return s ? label(s, lang) : stored;
};

const sectorByFolded = new Map<string, SectorId>();
for (const s of sectors) {
  sectorByFolded.set(foldKey(s.id), s.id);
  sectorByFolded.set(foldKey(s.fr), s.id);
  sectorByFolded.set(foldKey(s.en), s.id);
}

/** Maps an id, French label or English label (accents/case ignored) to a sector id, for imports. */
export const findSectorId = (text: string): SectorId | undefined => sectorByFolded.get(foldKey(text));

export type MinisterialPlanId =
  | 'caregivers_2021_2026'
  | 'palliative_2020_2025'
  | 'long_term_care_2021_2026'
  | 'pqptm'
  | 'mental_health_2022_2026'
  | 'cancer_program'
  | 'seniors_houses'
  | 'primary_care_access'
  | 'aire_ouverte'
  | 'agir_tot';

export const ministerialPlans: RefItem<MinisterialPlanId>[] = build<MinisterialPlanId>('ministerial_plans', lists.ministerial_plans, {
  "Plan d'action gouvernemental pour les personnes proches aidantes (2021-2026)": ['caregivers_2021_2026', 'Government action plan for caregivers (2021-2026)'],
  "Plan d'action soins palliatifs et de fin de vie (2020-2025)": ['palliative_2020_2025', 'Palliative and end-of-life care action plan (2020-2025)'],
  "Plan d'action pour l'hébergement de longue durée (2021-2026)": ['long_term_care_2021_2026', 'Long-term care action plan (2021-2026)'],
  'Programme québécois pour les troubles mentaux (PQPTM)': ['pqptm', 'Quebec program for mental disorders (PQPTM)'],
  "Plan d'action en santé mentale (2022-2026)": ['mental_health_2022_2026', 'Mental health action plan (2022-2026)'],
  'Programme québécois de cancérologie': ['cancer_program', 'Quebec cancer program'],
  'Maisons des aînés et maisons alternatives': ['seniors_houses', 'Seniors’ homes and alternative homes'],
  "Guichet d'accès à la première ligne": ['primary_care_access', 'Primary care access point'],
  'Aire ouverte (jeunesse)': ['aire_ouverte', 'Aire ouverte (youth)'],
  'Agir tôt (jeunesse)': ['agir_tot', 'Agir tôt – early intervention (youth)'],
});

/** Model levels with the examples the questionnaire gives, in both languages. */
export interface LevelItem extends RefItem<Level> {
  examplesFr: string;
  examplesEn: string;
}

const levelEn: Record<Level, readonly [string, string]> = {
  strategic: ['Strategic', 'board of directors, management committee'],
  tactical: ['Tactical', 'improvement committees, accreditation'],
  clinical: ['Clinical', 'peer helpers, patient companions'],
};

export const levels: LevelItem[] = lists.levels.map((l) => {
  const id = l.id as Level;
  const en = levelEn[id];
  if (!en) throw new Error(`reference: unknown level ${l.id}`);
  return { id, fr: l.fr, en: en[0], examplesFr: l.examples_fr, examplesEn: en[1] };
});

const contextEn: Record<Context, string> = {
  care: 'Care and services',
  organisation: 'Organization of care and services',
  governance: 'Governance',
};
export const contexts: RefItem<Context>[] = lists.contexts.map((c) => {
  const id = c.id as Context;
  const en = contextEn[id];
  if (!en) throw new Error(`reference: unknown context ${c.id}`);
  return { id, fr: c.fr, en };
});

/** 'own_care' is a role in the literature but not kept in the bank, hence not in the model's Role. */
export type RoleRefId = Role | 'own_care';
const roleEn: Record<RoleRefId, string> = {
  own_care: 'Partner in their own care',
  UPO: 'Organizational partner user (UPO)',
  UPA: 'Accompanying partner user (UPA)',
};
export const roles: RefItem<RoleRefId>[] = lists.roles.map((r) => {
  const id = r.id as RoleRefId;
  const en = roleEn[id];
  if (!en) throw new Error(`reference: unknown role ${r.id}`);
  return { id, fr: r.fr, en };
});
/** The roles a bank member can hold (the model's Role). */
export const bankRoles = roles.filter((r): r is RefItem<Role> => r.id !== 'own_care');

export const servicesOffered = build('services_offered', lists.services_offered, {
  'Planification stratégique': ['strategic_planning', 'Strategic planning'],
  "Identification et recrutement d'usagers partenaires": ['recruitment', 'Identifying and recruiting partner users'],
  'Formation au partenariat': ['training', 'Partnership training'],
  'Accompagnement et coaching': ['coaching', 'Support and coaching'],
  Évaluation: ['evaluation', 'Evaluation'],
} as const);

export const activityTypes = build('activity_types', lists.activity_types, {
  "Répondre à des questions sur l'agrément": ['accreditation_questions', 'Answering questions about accreditation'],
  "Soutenir l'identification de patients partenaires": ['identify_partners', 'Helping identify partner patients'],
  'Aider au recrutement de patients partenaires': ['recruit_partners', 'Helping recruit partner patients'],
  'Former les patients': ['train_patients', 'Training patients'],
  'Former les professionnels': ['train_professionals', 'Training professionals'],
  'Former les gestionnaires': ['train_managers', 'Training managers'],
  'Coacher les usagers': ['coach_users', 'Coaching users'],
  'Accompagner une équipe au déploiement du partenariat': ['support_team_deployment', 'Supporting a team in rolling out partnership'],
  "Réaliser des comités d'amélioration": ['improvement_committees', 'Running improvement committees'],
} as const);

export const fundingSources = build('funding_sources', lists.funding_sources, {
  'Budget global': ['global_budget', 'Overall budget'],
  'Projets spéciaux (financement ponctuel)': ['special_projects', 'Special projects (one-time funding)'],
  'Philanthropie (fondation)': ['philanthropy', 'Philanthropy (foundation)'],
  'Contrats de services': ['service_contracts', 'Service contracts'],
} as const);

export const budgetRanges = build('budget_ranges', lists.budget_ranges, {
  '0 $ – 50 000 $': ['lt50k', '$0 – $50,000'],
  '50 000 $ – 100 000 $': ['50k_100k', '$50,000 – $100,000'],
  '100 000 $ – 150 000 $': ['100k_150k', '$100,000 – $150,000'],
  '150 000 $ – 200 000 $': ['150k_200k', '$150,000 – $200,000'],
  '200 000 $ – 250 000 $': ['200k_250k', '$200,000 – $250,000'],
  'Plus de 250 000 $': ['gt250k', 'More than $250,000'],
  'Je ne sais pas': ['unknown', 'I don’t know'],
} as const);

export const yearsOperating = build('years_operating', lists.years_operating, {
  "Moins d'un an": ['lt1', 'Less than a year'],
  '1 à 3 ans': ['1_3', '1 to 3 years'],
  '3 à 5 ans': ['3_5', '3 to 5 years'],
  'Plus de 5 ans': ['gt5', 'More than 5 years'],
} as const);

export const responsibleDirectorates = build('responsible_directorates', lists.responsible_directorates, {
  'DQEPE (qualité, évaluation, performance et éthique)': ['dqepe', 'DQEPE (quality, evaluation, performance and ethics)'],
  'DSM (services multidisciplinaires)': ['dsm', 'DSM (multidisciplinary services)'],
  'DSI (soins infirmiers)': ['dsi', 'DSI (nursing)'],
  Autre: ['other', 'Other'],
} as const);

const stepEn: Record<AccompanimentStepId, string> = {
  welcome_partner: 'Welcome meeting with the partner',
  prep_team: 'Preparatory meeting with the project team',
  mid_partner: 'Mid-project follow-up with the partner',
  mid_team: 'Mid-project follow-up with the project team',
  end_partner: 'End-of-project follow-up with the partner',
  end_team: 'End-of-project follow-up with the project team',
  survey_partner: 'Post-participation survey (partner)',
  survey_team: 'Post-participation survey (team)',
  outcome_feedback: 'Feedback to the partner on the project’s outcome',
};

/**
 * The seeds' eight steps plus 'outcome_feedback': partners say projects end with no news,
 * so telling them what came of their work is tracked as a step of its own.
 */
export const accompanimentSteps: RefItem<AccompanimentStepId>[] = [
  ...lists.accompaniment_steps.map((s) => {
    const id = s.id as AccompanimentStepId;
    const en = stepEn[id];
    if (!en) throw new Error(`reference: unknown accompaniment step ${s.id}`);
    return { id, fr: s.fr, en };
  }),
  { id: 'outcome_feedback', fr: "Retour à l'usager sur les retombées du projet", en: stepEn.outcome_feedback },
];

export const eligibility = build('eligibility_fr', lists.eligibility_fr, {
  'Engagé dans ses soins et services, à la hauteur de ses capacités': ['engaged_in_care', 'Involved in their own care and services, as far as they are able'],
  "Souhaite améliorer l'expérience des usagers et de leurs proches": ['improve_experience', 'Wants to improve the experience of patients and their families'],
  'Désire partager ses idées et ses expériences': ['shares_experience', 'Willing to share ideas and experience'],
  "Démontre une ouverture d'esprit et de la curiosité": ['open_minded', 'Open-minded and curious'],
  'Stable sur les plans de la santé physique et psychologique': ['stable_health', 'Physically and psychologically stable'],
  "A reçu des services de l'établissement": ['received_services', 'Has received services from the establishment'],
  "Disponible pour s'impliquer dans un projet": ['available', 'Available to take part in a project'],
} as const);

export interface Portrait2024 {
  officesResponding: number;
  establishments: number;
  regionsCovered: number;
  partnersInBanks: number;
  partnersActive: number;
  bankSizeRange: readonly [number, number];
  activeRange: readonly [number, number];
  fteRange: readonly [number, number];
  budgetRangeCad: readonly [number, number];
}

const pair = (a: number[]): readonly [number, number] => {
  const [lo, hi] = a;
  if (lo === undefined || hi === undefined) throw new Error('reference: bad range in portrait_2024');
  return [lo, hi];
};

const p = lists.portrait_2024;
export const portrait2024: Portrait2024 = {
  officesResponding: p.offices_responding,
  establishments: p.establishments,
  regionsCovered: p.regions_covered,
  partnersInBanks: p.partners_in_banks,
  partnersActive: p.partners_active,
  bankSizeRange: pair(p.bank_size_range),
  activeRange: pair(p.active_range),
  fteRange: pair(p.fte_range),
  budgetRangeCad: pair(p.budget_range_cad),
};
