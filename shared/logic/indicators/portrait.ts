/**
 * The provincial portrait's questionnaire (Annexe 2 of the 2024 portrait), answered from
 * the office's own records wherever they can answer, and from the coordinator's hand
 * elsewhere. Each answer says where it came from, so the province can tell a count from
 * an estimate and the coordinator can check a suggestion before sending it.
 */
import { longDate } from '../../format/dates';
import type { IsoDate } from '../../model/base';
import type { UiLanguage } from '../../model/enums';
import type { PortraitAnswers } from '../../model/year-report';
import {
  activityTypes,
  budgetRanges,
  fundingSources,
  levels,
  ministerialPlans,
  responsibleDirectorates,
  sectors,
  servicesOffered,
  yearsOperating,
  type RefItem,
} from '../../reference';
import { instantDate } from '../dates';
import { foldKey } from '../text';
import type { IndicatorInputs } from './inputs';
import { bankIndicators } from './people';
import { overlaps, yearPeriod } from './period';

type Bi = { fr: string; en: string };

export type PortraitSource = 'data' | 'hand' | 'corrected';
export type PortraitPart = 'general' | 'infrastructure' | 'activities' | 'open';

export interface PortraitItem {
  id: string;
  part: PortraitPart;
  /** As numbered in the questionnaire. */
  number: string;
  kind: 'number' | 'choice' | 'multi' | 'text';
  question: Bi;
  /** For choice and multi: the list's items. */
  options?: readonly RefItem[];
  value: number | string | string[] | null;
  source: PortraitSource;
  /** How the data gave the answer (for source 'data' or 'corrected'). */
  derivation?: Bi;
}

export interface PortraitContext {
  establishment: string;
  coordinator: string;
}

const q = (fr: string, en: string): Bi => ({ fr, en });

/** Plans whose name a project title may carry, and sectors that point at one plan. */
const PLAN_WORDS: [string, string][] = [
  ['palliati', 'palliative_2020_2025'],
  ['fin de vie', 'palliative_2020_2025'],
  ['end-of-life', 'palliative_2020_2025'],
  ['proche aidant', 'caregivers_2021_2026'],
  ['caregiver', 'caregivers_2021_2026'],
  ['maison des aines', 'seniors_houses'],
  ['maisons des aines', 'seniors_houses'],
  ['pqptm', 'pqptm'],
  ['aire ouverte', 'aire_ouverte'],
  ['agir tot', 'agir_tot'],
  ['guichet', 'primary_care_access'],
  ['cancer', 'cancer_program'],
  ['oncolog', 'cancer_program'],
  ['sante mentale', 'mental_health_2022_2026'],
  ['mental health', 'mental_health_2022_2026'],
  ['hebergement', 'long_term_care_2021_2026'],
  ['chsld', 'long_term_care_2021_2026'],
];
const PLAN_SECTORS: Record<string, string> = {
  long_term_care: 'long_term_care_2021_2026',
  mental_health_addiction: 'mental_health_2022_2026',
  oncology: 'cancer_program',
  primary_care: 'primary_care_access',
};

const inYear = (d: IsoDate | undefined, from: IsoDate, to: IsoDate): boolean => d !== undefined && d >= from && d <= to;
const ordered = (list: readonly RefItem[], ids: Set<string>): string[] => list.filter((i) => ids.has(i.id)).map((i) => i.id);

/** Every answer for a year. `today` bounds "the bank at the end of the year" for a year still running. */
export const portraitItems = (inputs: IndicatorInputs, answers: PortraitAnswers, year: number, context: PortraitContext, today: IsoDate): PortraitItem[] => {
  const period = yearPeriod(year);
  const { from, to } = period;
  const live = <T extends { deleted?: 1 }>(xs: readonly T[]) => xs.filter((x) => !x.deleted);
  const requests = live(inputs.requests);
  const mandates = live(inputs.mandates).filter((m) => m.status !== 'cancelled');
  const asOf = to < today ? to : today;
  const bank = bankIndicators(inputs.partners, inputs.mandates, inputs.committeeMembers, period, today);

  // The year's projects: received in the year or with a mandate running in it.
  const running = new Set(
    mandates
      .filter((m) => overlaps(m.startDate ?? instantDate(m.createdAt), m.endDate ?? (m.status === 'ended' ? instantDate(m.updatedAt) : undefined), period))
      .map((m) => m.requestId),
  );
  const projects = requests.filter((r) => inYear(r.receivedAt, from, to) || running.has(r.id));

  const doneInYear = (ids: readonly string[]) => mandates.some((m) => m.steps.some((s) => ids.includes(s.id) && inYear(s.done, from, to)));
  const sessionsOf = (kinds: readonly string[]) => (inputs.sessions ?? []).some((s) => !s.deleted && kinds.includes(s.kind) && inYear(s.date, from, to));
  const partnerTrained = inputs.partners.some((p) => !p.deleted && p.trainings.some((t) => inYear(t.date, from, to)));
  const surveyed = (inputs.surveyResponses ?? []).some((r) => !r.deleted && inYear(r.date, from, to));
  const identified = inputs.candidacies.some((c) => !c.deleted && inYear(c.contactedAt, from, to));
  const recruited = mandates.some((m) => inYear(instantDate(m.createdAt), from, to));
  const titles = projects.map((r) => foldKey(r.title));

  // Services offered (question 1 of the activities).
  const services = new Set<string>();
  if (identified || recruited) services.add('recruitment');
  if (partnerTrained || sessionsOf(['partners', 'staff', 'managers', 'new_employees'])) services.add('training');
  if (doneInYear(['welcome_partner', 'prep_team', 'mid_partner', 'mid_team', 'end_partner', 'end_team'])) services.add('coaching');
  if (surveyed || doneInYear(['survey_partner', 'survey_team'])) services.add('evaluation');

  // Sectors worked with since 2020 (the questionnaire's own window).
  const sectorIds = new Set<string>();
  for (const r of requests) if (r.receivedAt >= '2020-01-01') for (const s of r.sectors) sectorIds.add(s);

  // Plans: named in a project's title, or pointed at by a project's sector.
  const plans = new Set<string>();
  for (const t of titles) for (const [w, id] of PLAN_WORDS) if (t.includes(w)) plans.add(id);
  for (const r of projects) for (const s of r.sectors) if (PLAN_SECTORS[s]) plans.add(PLAN_SECTORS[s] as string);

  const levelIds = new Set<string>(projects.flatMap((r) => (r.level ? [r.level] : [])));

  const activities = new Set<string>();
  if (titles.some((t) => t.includes('agrement') || t.includes('accreditation'))) activities.add('accreditation_questions');
  if (identified) activities.add('identify_partners');
  if (recruited) activities.add('recruit_partners');
  if (partnerTrained || sessionsOf(['partners'])) activities.add('train_patients');
  if (sessionsOf(['staff', 'new_employees'])) activities.add('train_professionals');
  if (sessionsOf(['managers'])) activities.add('train_managers');
  if (doneInYear(['welcome_partner', 'mid_partner', 'end_partner'])) activities.add('coach_users');
  if (doneInYear(['prep_team', 'mid_team', 'end_team'])) activities.add('support_team_deployment');
  if (projects.some((r) => r.level === 'tactical')) activities.add('improvement_committees');

  const multi = (
    id: string,
    part: PortraitPart,
    number: string,
    question: Bi,
    options: readonly RefItem[],
    computed: Set<string>,
    derivation: Bi,
  ): PortraitItem => {
    const override = answers.overrides[id];
    return {
      id,
      part,
      number,
      kind: 'multi',
      question,
      options,
      value: override ? ordered(options, new Set(override)) : ordered(options, computed),
      source: override ? 'corrected' : 'data',
      derivation,
    };
  };
  const hand = (
    id: string,
    part: PortraitPart,
    number: string,
    kind: PortraitItem['kind'],
    question: Bi,
    value: PortraitItem['value'],
    options?: readonly RefItem[],
  ): PortraitItem => ({
    id,
    part,
    number,
    kind,
    question,
    ...(options ? { options } : {}),
    value: value === '' || (Array.isArray(value) && value.length === 0) ? (kind === 'multi' ? [] : null) : value,
    source: 'hand',
  });
  const levelItems = levels.map((l) => ({ id: l.id, fr: `${l.fr} (${l.examplesFr})`, en: `${l.en} (${l.examplesEn})` }));

  return [
    {
      id: 'establishment',
      part: 'general',
      number: 'G-1',
      kind: 'text',
      question: q('Établissement auquel le service est rattaché', 'Establishment the service belongs to'),
      value: context.establishment || null,
      source: 'data',
      derivation: q('Paramètres du bureau', 'Office settings'),
    },
    {
      id: 'respondent',
      part: 'general',
      number: 'G-2',
      kind: 'text',
      question: q('Personne qui répond', 'Person answering'),
      value: context.coordinator || null,
      source: 'data',
      derivation: q('Paramètres du bureau (coordination)', 'Office settings (coordinator)'),
    },
    hand(
      'directorates',
      'infrastructure',
      'I-1',
      'multi',
      q('Direction responsable du partenariat', 'Directorate responsible for partnership'),
      answers.directorates,
      responsibleDirectorates,
    ),
    hand(
      'serviceNames',
      'infrastructure',
      'I-2',
      'text',
      q('Nom du ou des services qui soutiennent le partenariat', 'Name of the service(s) supporting partnership'),
      answers.serviceNames,
    ),
    hand(
      'yearsOperating',
      'infrastructure',
      'I-3',
      'choice',
      q('Depuis combien d’années le bureau est-il opérationnel?', 'How many years has the office been operating?'),
      answers.yearsOperating,
      yearsOperating,
    ),
    hand('budgetRange', 'infrastructure', 'I-4', 'choice', q('Budget annuel du bureau', 'Office’s annual budget'), answers.budgetRange, budgetRanges),
    hand(
      'staffCount',
      'infrastructure',
      'I-5a',
      'number',
      q('Nombre de personnes employées dans l’équipe', 'Number of people employed in the team'),
      answers.staffCount ?? null,
    ),
    hand(
      'fte',
      'infrastructure',
      'I-5b',
      'number',
      q('Nombre d’équivalents temps complet (ETC)', 'Number of full-time equivalents (FTE)'),
      answers.fte ?? null,
    ),
    {
      id: 'bankSize',
      part: 'infrastructure',
      number: 'I-6',
      kind: 'number',
      question: q('Usagers partenaires dans la banque', 'Partner users in the bank'),
      value: bank.inBank,
      source: 'data',
      derivation: q(
        `Fiches à l’étape « dans la banque » ou « active » le ${longDate(asOf, 'fr')}`,
        `Records at the “in the bank” or “active” step on ${longDate(asOf, 'en')}`,
      ),
    },
    {
      id: 'activePartners',
      part: 'infrastructure',
      number: 'I-7',
      kind: 'number',
      question: q('Usagers partenaires actifs dans des projets', 'Partner users active in projects'),
      value: bank.active,
      source: 'data',
      derivation: q(`Personnes avec un mandat (ou un siège de comité) en ${year}`, `People with a mandate (or a committee seat) in ${year}`),
    },
    hand('fundingSources', 'infrastructure', 'I-8', 'multi', q('Sources de financement', 'Funding sources'), answers.fundingSources, fundingSources),
    multi(
      'servicesOffered',
      'activities',
      'A-1',
      q('Offre de services', 'Services offered'),
      servicesOffered,
      services,
      q(
        `Recrutement : candidatures ou mandats en ${year}; formation : formations des usagers ou séances; accompagnement : étapes d’accompagnement faites; évaluation : sondages. La planification stratégique se coche à la main.`,
        `Recruitment: candidacies or mandates in ${year}; training: partner trainings or sessions; coaching: accompaniment steps done; evaluation: surveys. Strategic planning is ticked by hand.`,
      ),
    ),
    multi(
      'sectors',
      'activities',
      'A-2',
      q('Secteurs avec lesquels le bureau a collaboré depuis 2020', 'Sectors the office has worked with since 2020'),
      sectors,
      sectorIds,
      q('Secteurs des demandes reçues depuis le 1er janvier 2020', 'Sectors of the requests received since January 1, 2020'),
    ),
    multi(
      'plans',
      'activities',
      'A-3',
      q('Plans ou domaines ministériels où le service est impliqué', 'Ministerial plans or fields the service is involved in'),
      ministerialPlans,
      plans,
      q(
        `Suggestion à vérifier : plans nommés dans le titre des projets de ${year}, ou liés à leurs secteurs (santé mentale, cancérologie, hébergement, première ligne)`,
        `Suggestion to check: plans named in the titles of ${year}’s projects, or tied to their sectors (mental health, cancer care, long-term care, primary care)`,
      ),
    ),
    multi(
      'levels',
      'activities',
      'A-4',
      q('Niveaux où les usagers partenaires sont impliqués', 'Levels at which partner users are involved'),
      levelItems,
      levelIds,
      q(`Niveaux des projets de ${year}`, `Levels of ${year}’s projects`),
    ),
    multi(
      'activityTypes',
      'activities',
      'A-5',
      q('Types d’activités de partenariat réalisées', 'Kinds of partnership activities carried out'),
      activityTypes,
      activities,
      q(
        `Projets, candidatures, mandats, formations et étapes d’accompagnement de ${year}`,
        `${year}’s projects, candidacies, mandates, trainings and accompaniment steps`,
      ),
    ),
    hand(
      'msssShared',
      'activities',
      'A-6',
      'text',
      q('Expérience partagée avec une direction du MSSS', 'Experience shared with a directorate of the MSSS'),
      answers.msssShared,
    ),
    hand(
      'usersCommittee',
      'activities',
      'A-7',
      'text',
      q('Collaboration avec le comité des usagers', 'Collaboration with the users’ committee'),
      answers.usersCommittee,
    ),
    hand('strengths', 'open', 'O-1', 'text', q('Principales forces', 'Main strengths'), answers.strengths),
    hand('challenges', 'open', 'O-2', 'text', q('Principaux défis', 'Main challenges'), answers.challenges),
    hand('comments', 'open', 'O-3', 'text', q('Autres commentaires', 'Other comments'), answers.comments),
  ];
};

/** An answer in words, in a language (lists joined by « ; »); '' when not answered. */
export const answerText = (item: PortraitItem, lang: UiLanguage, extra: Partial<Record<string, string>> = {}): string => {
  const v = item.value;
  if (v === null) return '';
  if (typeof v === 'number') return new Intl.NumberFormat(lang === 'en' ? 'en-CA' : 'fr-CA').format(v);
  const name = (id: string) => {
    const o = item.options?.find((x) => x.id === id);
    return o ? o[lang] : id;
  };
  const text = Array.isArray(v) ? v.map(name).join(' ; ') : item.kind === 'choice' ? name(v) : v;
  const other = extra[item.id];
  return other ? `${text}${text ? ' ; ' : ''}${other}` : text;
};

const SOURCE_WORDS: Record<PortraitSource, Bi> = {
  data: q('Données de Relais', 'Relais data'),
  hand: q('Saisie à la main', 'Entered by hand'),
  corrected: q('Données de Relais, corrigées à la main', 'Relais data, corrected by hand'),
};
export const sourceText = (s: PortraitSource, lang: UiLanguage): string => SOURCE_WORDS[s][lang];

/** "Other" answers typed beside a list, joined to that list's answer. */
export const otherAnswers = (a: PortraitAnswers): Record<string, string> => ({
  directorates: a.directorateOther,
  fundingSources: a.fundingOther,
  servicesOffered: a.otherServices,
});

const csvCell = (s: string): string => (/[",;\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** One row per answer, for the province's spreadsheet; UTF-8 with a byte-order mark so Excel reads the accents. */
export const portraitCsv = (items: readonly PortraitItem[], answers: PortraitAnswers, lang: UiLanguage): string => {
  const extra = otherAnswers(answers);
  const head = lang === 'en' ? ['Number', 'Question', 'Answer', 'Source', 'How it was computed'] : ['Numéro', 'Question', 'Réponse', 'Source', 'Calcul'];
  const rows = items.map((i) => [i.number, i.question[lang], answerText(i, lang, extra), sourceText(i.source, lang), i.derivation?.[lang] ?? '']);
  return `\ufeff${[head, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
};

/** The same answers as data: ids as stored (stable across languages) beside their labels. */
export const portraitJson = (
  items: readonly PortraitItem[],
  answers: PortraitAnswers,
  meta: { establishment: string; year: number; generatedOn: IsoDate },
  lang: UiLanguage,
): string => {
  const extra = otherAnswers(answers);
  return `${JSON.stringify(
    {
      format: 'relais-portrait',
      version: 1,
      questionnaire: 'Portrait des structures et activités de partenariat dans les CISSS/CIUSSS (Annexe 2, 2024)',
      ...meta,
      answers: items.map((i) => ({
        id: i.id,
        number: i.number,
        question: i.question[lang],
        value: i.value,
        text: answerText(i, lang, extra),
        source: i.source,
        ...(i.derivation ? { derivation: i.derivation[lang] } : {}),
      })),
    },
    null,
    2,
  )}\n`;
};
