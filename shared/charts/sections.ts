/**
 * The indicators laid out for reading: sections of figures (this period beside the one
 * before) with their definitions and charts. The screen and the annual report both draw
 * from these, so a chart and its table are the same wherever they appear.
 */
import { longDate } from '../format/dates';
import type { Language, Level, UiLanguage } from '../model/enums';
import type { IndicatorComparison, IndicatorId, Indicators, Period } from '../logic/indicators';
import { definitions } from '../logic/indicators/definitions';
import { ENTRY_STEPS } from '../logic/indicators/people';
import { accompanimentSteps, label, sectorLabel } from '../reference';
import { codeLabel } from '../vocabulary';
import { say, sessionWords, words } from './vocab';

export interface Figure {
  id: string;
  label: string;
  current: number | null;
  previous: number | null;
  /** Shown after the value, e.g. « % » or « jours ». */
  unit?: string;
  /** The figure's definition, shown on hover. */
  help?: string;
}

export interface ChartSpec {
  id: string;
  title: string;
  /** Category labels, top to bottom. */
  categories: string[];
  /** One bar per series in each category; series are told apart by shade and by the label printed at the bar's end. */
  series: string[];
  /** values[category][series] */
  values: number[][];
}

export interface Section {
  id: string;
  title: string;
  /** Help lines: what each figure in the section means. */
  help: string[];
  figures: Figure[];
  charts: ChartSpec[];
  /** Set when the feature behind the section has no data yet. */
  noData?: string;
}

export const periodLabel = (p: Period, lang: UiLanguage): string => {
  const year = p.from.slice(0, 4);
  if (p.kind === 'year') return year;
  if (p.kind === 'quarter') return `${lang === 'fr' ? 'T' : 'Q'}${Math.floor((Number(p.from.slice(5, 7)) - 1) / 3) + 1} ${year}`;
  return `${longDate(p.from, lang)} – ${longDate(p.to, lang)}`;
};

const TOP = 10;

const help = (lang: UiLanguage, ...ids: IndicatorId[]): string[] => ids.map((id) => definitions[id][lang]);

/** One figure: its id, the indicator whose definition explains it, its words, the field it reads, its unit. */
type FigureRow<T> = readonly [id: string, definition: IndicatorId, word: { fr: string; en: string }, key: keyof T, unit?: string];

/**
 * Figures read from the same record this period and the one before. Without a record for
 * the period before (the feature had no data yet) the figures have nothing to compare with.
 */
const figures = <T>(lang: UiLanguage, current: T, previous: T | null | undefined, rows: readonly FigureRow<T>[]): Figure[] =>
  rows.map(([id, definition, word, key, unit]) => ({
    id,
    help: definitions[definition][lang],
    label: say(word, lang),
    current: current[key] as number | null,
    previous: previous ? (previous[key] as number | null) : null,
    ...(unit ? { unit } : {}),
  }));

/** A section for a feature that may have no data yet: said so, with no figures and no charts. */
const optionalSection = <T>(
  head: Pick<Section, 'id' | 'title' | 'help'>,
  current: T | null,
  noData: string,
  body: (current: T) => Pick<Section, 'figures' | 'charts'>,
): Section => (current === null ? { ...head, noData, figures: [], charts: [] } : { ...head, ...body(current) });

const breakdown = (
  id: string,
  title: string,
  rows: { key: string; bank: number; active: number }[],
  name: (key: string) => string,
  lang: UiLanguage,
  limit?: number,
): ChartSpec => {
  const kept = (limit ? rows.slice(0, limit) : rows).filter((r) => !limit || r.bank + r.active > 0);
  return {
    id,
    title,
    categories: kept.map((r) => name(r.key)),
    series: [say(words.inBank, lang), say(words.active, lang)],
    values: kept.map((r) => [r.bank, r.active]),
  };
};

/** A chart of one figure per category, this period beside the previous one. */
const compared = (id: string, title: string, categories: string[], current: number[], previous: number[], labels: [string, string]): ChartSpec => ({
  id,
  title,
  categories,
  series: labels,
  values: categories.map((_, i) => [current[i] ?? 0, previous[i] ?? 0]),
});

const bankSection = (c: Indicators, p: Indicators, lang: UiLanguage): Section => {
  const levelName = (k: string) => codeLabel('levels', k as Level, lang);
  const langName = (k: string) => codeLabel('languages', k as Language, lang);
  return {
    id: 'bank',
    title: say(words.sBank, lang),
    help: help(lang, 'inBank', 'active', 'byLevel', 'bySector', 'byLanguage', 'byCommunity'),
    figures: figures(lang, c.bank, p.bank, [
      ['inBank', 'inBank', words.fInBank, 'inBank'],
      ['active', 'active', words.fActive, 'active'],
    ]),
    charts: [
      breakdown('byLevel', say(words.cLevel, lang), c.bank.byLevel, levelName, lang),
      breakdown('bySector', say(words.cSector, lang), c.bank.bySector, (k) => sectorLabel(k, lang), lang, TOP),
      breakdown('byLanguage', say(words.cLanguage, lang), c.bank.byLanguage, langName, lang),
      breakdown('byCommunity', say(words.cCommunity, lang), c.bank.byCommunity, (k) => k || say(words.notGiven, lang), lang, TOP),
    ],
  };
};

export const indicatorSections = (cmp: IndicatorComparison, lang: UiLanguage): Section[] => {
  const { current: c, previous: p } = cmp;
  const periods: [string, string] = [periodLabel(c.period, lang), periodLabel(p.period, lang)];
  const days = say(words.days, lang);
  const entrySteps = ENTRY_STEPS.map((s) => codeLabel('steps', s, lang));
  const flow = (x: Indicators, s: string) => x.pipeline.find((f) => f.step === s);
  const allSteps = c.pipeline.map((f) => f.step);

  const sections: Section[] = [
    bankSection(c, p, lang),
    {
      id: 'pipeline',
      title: say(words.sPipeline, lang),
      help: help(lang, 'pipelineEntered', 'stepDuration'),
      figures: [],
      charts: [
        compared(
          'entered',
          say(words.cEntered, lang),
          allSteps.map((s) => codeLabel('steps', s, lang)),
          allSteps.map((s) => flow(c, s)?.entered ?? 0),
          allSteps.map((s) => flow(p, s)?.entered ?? 0),
          periods,
        ),
        compared(
          'duration',
          say(words.cDuration, lang),
          entrySteps,
          ENTRY_STEPS.map((s) => flow(c, s)?.medianDays ?? 0),
          ENTRY_STEPS.map((s) => flow(p, s)?.medianDays ?? 0),
          periods,
        ),
      ],
    },
    {
      id: 'requests',
      title: say(words.sRequests, lang),
      help: help(lang, 'requestsReceived', 'requestsFilled', 'daysToFirstMandate'),
      figures: figures(lang, c.requests, p.requests, [
        ['received', 'requestsReceived', words.fReceived, 'received'],
        ['filled', 'requestsFilled', words.fFilled, 'filled'],
        ['daysToFirstMandate', 'daysToFirstMandate', words.fDays, 'medianDaysToFirstMandate', days],
      ]),
      charts: [
        compared(
          'requests',
          say(words.cRequests, lang),
          [say(words.received, lang), say(words.filled, lang), say(words.withFirstMandate, lang), say(words.cancelled, lang)],
          [c.requests.received, c.requests.filled, c.requests.withFirstMandate, c.requests.cancelled],
          [p.requests.received, p.requests.filled, p.requests.withFirstMandate, p.requests.cancelled],
          periods,
        ),
      ],
    },
    {
      id: 'accompaniment',
      title: say(words.sAccompaniment, lang),
      help: help(lang, 'accompaniment'),
      figures: figures(lang, c.accompaniment, p.accompaniment, [
        ['onTime', 'accompaniment', words.fOnTime, 'onTime'],
        ['late', 'accompaniment', words.fLate, 'late'],
        ['overdue', 'accompaniment', words.fOverdue, 'overdue'],
      ]),
      charts: [
        {
          id: 'steps',
          title: `${say(words.cSteps, lang)} — ${periods[0]}`,
          categories: c.accompaniment.bySteps.map((s) => {
            const ref = accompanimentSteps.find((x) => x.id === s.step);
            return ref ? label(ref, lang) : s.step;
          }),
          series: [say(words.onTime, lang), say(words.late, lang), say(words.overdue, lang)],
          values: c.accompaniment.bySteps.map((s) => [s.onTime, s.late, s.overdue]),
        },
      ],
    },
    {
      id: 'load',
      title: say(words.sLoad, lang),
      help: help(lang, 'overSolicited'),
      figures: figures(lang, c.load, p.load, [['overSolicited', 'overSolicited', words.fOver, 'overSolicited']]),
      charts: [],
    },
  ];

  const noData = say(words.noData, lang);
  sections.push(
    optionalSection({ id: 'committees', title: say(words.sCommittees, lang), help: help(lang, 'committeeCoverage') }, c.committees, noData, (cc) => ({
      figures: figures(lang, cc, p.committees, [
        ['safetyCovered', 'committeeCoverage', words.fSafetyCovered, 'userSafetyCovered'],
        ['covered', 'committeeCoverage', words.fCovered, 'covered'],
        ['seats', 'committeeCoverage', words.fSeats, 'seatsFilled'],
      ]),
      charts: [
        {
          id: 'coverage',
          title: `${say(words.cCommittees, lang)} — ${periods[0]}`,
          categories: [say(words.committeesSafety, lang), say(words.committeesAll, lang)],
          series: [say(words.committeesTotal, lang), say(words.committeesCovered, lang)],
          values: [
            [cc.userSafety, cc.userSafetyCovered],
            [cc.committees, cc.covered],
          ],
        },
      ],
    })),
    optionalSection({ id: 'trainings', title: say(words.sTrainings, lang), help: help(lang, 'trainings') }, c.trainings, noData, (ct) => {
      const pt = p.trainings;
      return {
        figures: figures(lang, ct, pt, [
          ['trainings', 'trainings', words.fTrainings, 'trainings'],
          ['trainingAttendance', 'trainings', words.fTrainingAttendance, 'trainingAttendance'],
          ['info', 'trainings', words.fInfo, 'infoSessions'],
          ['infoAttendance', 'trainings', words.fInfoAttendance, 'infoAttendance'],
        ]),
        charts: [
          compared(
            'sessions',
            say(words.cSessions, lang),
            ct.byKind.map((r) => (sessionWords[r.kind] ? say(sessionWords[r.kind] as { fr: string; en: string }, lang) : r.kind)),
            ct.byKind.map((r) => r.attendance),
            ct.byKind.map((r) => pt?.byKind.find((x) => x.kind === r.kind)?.attendance ?? 0),
            periods,
          ),
        ],
      };
    }),
    optionalSection({ id: 'surveys', title: say(words.sSurveys, lang), help: help(lang, 'surveys') }, c.surveys, noData, (cs) => {
      const ps = p.surveys;
      return {
        figures: figures(lang, cs, ps, [
          ['responses', 'surveys', words.fResponses, 'responses'],
          ['favourable', 'surveys', words.fFavourable, 'favourable', '%'],
        ]),
        charts: [
          compared(
            'favourable',
            say(words.cSurveys, lang),
            cs.byInstrument.map((r) => r.title[lang] || r.title.fr),
            cs.byInstrument.map((r) => r.favourable ?? 0),
            cs.byInstrument.map((r) => ps?.byInstrument.find((x) => x.instrumentId === r.instrumentId)?.favourable ?? 0),
            periods,
          ),
        ],
      };
    }),
  );
  return sections;
};
