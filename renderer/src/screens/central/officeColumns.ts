/**
 * The central office's indicators laid out side by side: one table per family, one row per
 * indicator, one column per office and a last one for all offices. The labels and
 * definitions are the office's Indicators screen's own (shared/charts/vocab, indicator
 * definitions), so a figure reads the same at the office and at the central office.
 */
import { say, words } from '../../../../shared/charts/vocab';
import type { ChartSpec } from '../../../../shared/charts/sections';
import { definitions, ENTRY_STEPS, type IndicatorId, type Indicators } from '../../../../shared/logic/indicators';
import type { OfficeFigures, Rollup } from '../../../../shared/logic/rollup';
import type { UiLanguage } from '../../../../shared/model/enums';
import { codeLabel } from '../../../../shared/vocabulary';

export type Cell = number | string | null;

export interface SideRow {
  id: string;
  label: string;
  /** The indicator's definition (hover help and the list under the table). */
  help: string;
  values: Cell[];
}

export interface SideTable {
  id: string;
  title: string;
  rows: SideRow[];
}

/** Words of the central office itself (its locale file), for what the office screen does not show. */
export interface CentralWords {
  region: string;
  lastBundle: string;
  lastBundleHelp: string;
  mandatesRunning: string;
  mandatesStarted: string;
  /** "12 days ago", "today", "none". */
  freshness(o: OfficeFigures): string;
}

type Get = (o: OfficeFigures) => Cell;

export const columnsOf = (r: Rollup): OfficeFigures[] => [...r.offices, r.all];

const rowOf = (cols: readonly OfficeFigures[], lang: UiLanguage, id: string, label: string, def: IndicatorId, get: Get): SideRow => ({
  id,
  label,
  help: definitions[def][lang],
  values: cols.map(get),
});

const stepFlow = (i: Indicators, step: string) => i.pipeline.find((f) => f.step === step);

export const sideTables = (r: Rollup, lang: UiLanguage, w: CentralWords): SideTable[] => {
  const cols = columnsOf(r);
  const row = (id: string, label: { fr: string; en: string } | string, def: IndicatorId, get: Get) =>
    rowOf(cols, lang, id, typeof label === 'string' ? label : say(label, lang), def, get);
  const steps = cols[0]?.indicators.pipeline.map((f) => f.step) ?? [];
  return [
    {
      id: 'offices',
      title: '',
      rows: [
        { id: 'region', label: w.region, help: '', values: cols.map((o) => (o.office === '*' ? '' : o.region || '—')) },
        { id: 'lastBundle', label: w.lastBundle, help: w.lastBundleHelp, values: cols.map(w.freshness) },
        row('inBank', words.fInBank, 'inBank', (o) => o.indicators.bank.inBank),
        row('active', words.fActive, 'active', (o) => o.indicators.bank.active),
        row('received', words.fReceived, 'requestsReceived', (o) => o.indicators.requests.received),
        row('filled', words.fFilled, 'requestsFilled', (o) => o.indicators.requests.filled),
        row('daysToFirstMandate', words.fDays, 'daysToFirstMandate', (o) => o.indicators.requests.medianDaysToFirstMandate),
        row('mandatesRunning', w.mandatesRunning, 'mandatesRunning', (o) => o.mandates.running),
        row('mandatesStarted', w.mandatesStarted, 'mandatesStarted', (o) => o.mandates.started),
      ],
    },
    {
      id: 'pipeline',
      title: say(words.sPipeline, lang),
      rows: [
        ...steps.map((s) =>
          row(
            `entered-${s}`,
            `${say(words.cEntered, lang)} — ${codeLabel('steps', s, lang)}`,
            'pipelineEntered',
            (o) => stepFlow(o.indicators, s)?.entered ?? 0,
          ),
        ),
        ...ENTRY_STEPS.map((s) =>
          row(
            `duration-${s}`,
            `${say(words.cDuration, lang)} — ${codeLabel('steps', s, lang)}`,
            'stepDuration',
            (o) => stepFlow(o.indicators, s)?.medianDays ?? null,
          ),
        ),
      ],
    },
    {
      id: 'accompaniment',
      title: say(words.sAccompaniment, lang),
      rows: [
        row('onTime', words.fOnTime, 'accompaniment', (o) => o.indicators.accompaniment.onTime),
        row('late', words.fLate, 'accompaniment', (o) => o.indicators.accompaniment.late),
        row('overdue', words.fOverdue, 'accompaniment', (o) => o.indicators.accompaniment.overdue),
      ],
    },
    {
      id: 'load',
      title: say(words.sLoad, lang),
      rows: [row('overSolicited', words.fOver, 'overSolicited', (o) => o.indicators.load.overSolicited)],
    },
    {
      id: 'committees',
      title: say(words.sCommittees, lang),
      rows: [
        row('safetyCovered', words.fSafetyCovered, 'committeeCoverage', (o) => o.indicators.committees?.userSafetyCovered ?? null),
        row('covered', words.fCovered, 'committeeCoverage', (o) => o.indicators.committees?.covered ?? null),
        row('seats', words.fSeats, 'committeeCoverage', (o) => o.indicators.committees?.seatsFilled ?? null),
      ],
    },
    {
      id: 'trainings',
      title: say(words.sTrainings, lang),
      rows: [
        row('trainings', words.fTrainings, 'trainings', (o) => o.indicators.trainings?.trainings ?? null),
        row('trainingAttendance', words.fTrainingAttendance, 'trainings', (o) => o.indicators.trainings?.trainingAttendance ?? null),
        row('info', words.fInfo, 'trainings', (o) => o.indicators.trainings?.infoSessions ?? null),
        row('infoAttendance', words.fInfoAttendance, 'trainings', (o) => o.indicators.trainings?.infoAttendance ?? null),
      ],
    },
    {
      id: 'surveys',
      title: say(words.sSurveys, lang),
      rows: [
        row('responses', words.fResponses, 'surveys', (o) => o.indicators.surveys?.responses ?? null),
        row('favourable', words.fFavourable, 'surveys', (o) => o.indicators.surveys?.favourable ?? null),
      ],
    },
  ];
};

/** Two charts where comparing offices helps: the bank, and the requests. Offices only (the total would flatten them). */
export const officeCharts = (r: Rollup, lang: UiLanguage, name: (o: OfficeFigures) => string, titles: { bank: string; requests: string }): ChartSpec[] => [
  {
    id: 'offices-bank',
    title: titles.bank,
    categories: r.offices.map(name),
    series: [say(words.inBank, lang), say(words.active, lang)],
    values: r.offices.map((o) => [o.indicators.bank.inBank, o.indicators.bank.active]),
  },
  {
    id: 'offices-requests',
    title: titles.requests,
    categories: r.offices.map(name),
    series: [say(words.received, lang), say(words.filled, lang)],
    values: r.offices.map((o) => [o.indicators.requests.received, o.indicators.requests.filled]),
  },
];
