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
    figures: [
      { id: 'inBank', help: definitions.inBank[lang], label: say(words.fInBank, lang), current: c.bank.inBank, previous: p.bank.inBank },
      { id: 'active', help: definitions.active[lang], label: say(words.fActive, lang), current: c.bank.active, previous: p.bank.active },
    ],
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
      figures: [
        {
          id: 'received',
          help: definitions.requestsReceived[lang],
          label: say(words.fReceived, lang),
          current: c.requests.received,
          previous: p.requests.received,
        },
        { id: 'filled', help: definitions.requestsFilled[lang], label: say(words.fFilled, lang), current: c.requests.filled, previous: p.requests.filled },
        {
          id: 'daysToFirstMandate',
          help: definitions.daysToFirstMandate[lang],
          label: say(words.fDays, lang),
          current: c.requests.medianDaysToFirstMandate,
          previous: p.requests.medianDaysToFirstMandate,
          unit: days,
        },
      ],
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
      figures: [
        {
          id: 'onTime',
          help: definitions.accompaniment[lang],
          label: say(words.fOnTime, lang),
          current: c.accompaniment.onTime,
          previous: p.accompaniment.onTime,
        },
        { id: 'late', help: definitions.accompaniment[lang], label: say(words.fLate, lang), current: c.accompaniment.late, previous: p.accompaniment.late },
        {
          id: 'overdue',
          help: definitions.accompaniment[lang],
          label: say(words.fOverdue, lang),
          current: c.accompaniment.overdue,
          previous: p.accompaniment.overdue,
        },
      ],
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
      figures: [
        {
          id: 'overSolicited',
          help: definitions.overSolicited[lang],
          label: say(words.fOver, lang),
          current: c.load.overSolicited,
          previous: p.load.overSolicited,
        },
      ],
      charts: [],
    },
  ];

  const noData = say(words.noData, lang);
  const cc = c.committees;
  const pc = p.committees;
  sections.push({
    id: 'committees',
    title: say(words.sCommittees, lang),
    help: help(lang, 'committeeCoverage'),
    ...(cc === null ? { noData } : {}),
    figures: cc
      ? [
          {
            id: 'safetyCovered',
            help: definitions.committeeCoverage[lang],
            label: say(words.fSafetyCovered, lang),
            current: cc.userSafetyCovered,
            previous: pc?.userSafetyCovered ?? null,
          },
          { id: 'covered', help: definitions.committeeCoverage[lang], label: say(words.fCovered, lang), current: cc.covered, previous: pc?.covered ?? null },
          {
            id: 'seats',
            help: definitions.committeeCoverage[lang],
            label: say(words.fSeats, lang),
            current: cc.seatsFilled,
            previous: pc?.seatsFilled ?? null,
          },
        ]
      : [],
    charts: cc
      ? [
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
        ]
      : [],
  });
  const ct = c.trainings;
  const pt = p.trainings;
  sections.push({
    id: 'trainings',
    title: say(words.sTrainings, lang),
    help: help(lang, 'trainings'),
    ...(ct === null ? { noData } : {}),
    figures: ct
      ? [
          { id: 'trainings', help: definitions.trainings[lang], label: say(words.fTrainings, lang), current: ct.trainings, previous: pt?.trainings ?? null },
          {
            id: 'trainingAttendance',
            help: definitions.trainings[lang],
            label: say(words.fTrainingAttendance, lang),
            current: ct.trainingAttendance,
            previous: pt?.trainingAttendance ?? null,
          },
          { id: 'info', help: definitions.trainings[lang], label: say(words.fInfo, lang), current: ct.infoSessions, previous: pt?.infoSessions ?? null },
          {
            id: 'infoAttendance',
            help: definitions.trainings[lang],
            label: say(words.fInfoAttendance, lang),
            current: ct.infoAttendance,
            previous: pt?.infoAttendance ?? null,
          },
        ]
      : [],
    charts: ct
      ? [
          compared(
            'sessions',
            say(words.cSessions, lang),
            ct.byKind.map((r) => (sessionWords[r.kind] ? say(sessionWords[r.kind] as { fr: string; en: string }, lang) : r.kind)),
            ct.byKind.map((r) => r.attendance),
            ct.byKind.map((r) => pt?.byKind.find((x) => x.kind === r.kind)?.attendance ?? 0),
            periods,
          ),
        ]
      : [],
  });
  const cs = c.surveys;
  const ps = p.surveys;
  sections.push({
    id: 'surveys',
    title: say(words.sSurveys, lang),
    help: help(lang, 'surveys'),
    ...(cs === null ? { noData } : {}),
    figures: cs
      ? [
          { id: 'responses', help: definitions.surveys[lang], label: say(words.fResponses, lang), current: cs.responses, previous: ps?.responses ?? null },
          {
            id: 'favourable',
            help: definitions.surveys[lang],
            label: say(words.fFavourable, lang),
            current: cs.favourable,
            previous: ps?.favourable ?? null,
            unit: '%',
          },
        ]
      : [],
    charts: cs
      ? [
          compared(
            'favourable',
            say(words.cSurveys, lang),
            cs.byInstrument.map((r) => r.title[lang] || r.title.fr),
            cs.byInstrument.map((r) => r.favourable ?? 0),
            cs.byInstrument.map((r) => ps?.byInstrument.find((x) => x.instrumentId === r.instrumentId)?.favourable ?? 0),
            periods,
          ),
        ]
      : [],
  });
  return sections;
};
