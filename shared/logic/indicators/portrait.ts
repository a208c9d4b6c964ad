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
import type { IndicatorInputs } from './inputs';
import { portraitEvidence } from './portrait-evidence';

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

const ordered = (list: readonly RefItem[], ids: Set<string>): string[] => list.filter((i) => ids.has(i.id)).map((i) => i.id);

/** Every answer for a year. `today` bounds "the bank at the end of the year" for a year still running. */
export const portraitItems = (inputs: IndicatorInputs, answers: PortraitAnswers, year: number, context: PortraitContext, today: IsoDate): PortraitItem[] => {
  const { bank, asOf, services, sectorIds, plans, levelIds, activities } = portraitEvidence(inputs, year, today);

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
