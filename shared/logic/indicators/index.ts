/**
 * The office's indicators: one pure computation shared by the indicators screen, the annual
 * report and the central office's roll-up, so a figure means the same wherever it shows.
 */
import type { IsoDate } from '../../model/base';
import {
  committeeIndicators,
  surveyIndicators,
  trainingIndicators,
  type CommitteeIndicators,
  type SurveyIndicators,
  type TrainingIndicators,
} from './activities';
import type { IndicatorInputs } from './inputs';
import { bankIndicators, pipelineFrom, scanHistories, type BankIndicators, type StepFlow } from './people';
import { asOfDate, previousPeriod, type Period } from './period';
import { accompanimentIndicators, loadIndicators, requestIndicators, type AccompanimentIndicators, type LoadIndicators, type RequestIndicators } from './work';

export * from './activities';
export * from './definitions';
export * from './inputs';
export * from './mandates';
export * from './offices';
export * from './people';
export * from './period';
export * from './portrait';
export * from './work';

export interface Indicators {
  period: Period;
  bank: BankIndicators;
  pipeline: StepFlow[];
  requests: RequestIndicators;
  accompaniment: AccompanimentIndicators;
  load: LoadIndicators;
  /** null: the committees feature has no data here yet. */
  committees: CommitteeIndicators | null;
  trainings: TrainingIndicators | null;
  surveys: SurveyIndicators | null;
}

export const computeIndicators = (inputs: IndicatorInputs, period: Period, today: IsoDate): Indicators => {
  const scan = scanHistories(inputs.partners, period, asOfDate(period, today));
  const flags = scan.flags;
  return {
    period,
    bank: bankIndicators(inputs.partners, inputs.mandates, inputs.committeeMembers, period, today, flags),
    pipeline: pipelineFrom(scan),
    requests: requestIndicators(inputs.requests, inputs.mandates, period),
    accompaniment: accompanimentIndicators(inputs.mandates, period, today),
    load: loadIndicators(inputs.partners, inputs.mandates, inputs.committeeMembers, inputs.settings, period, today, flags),
    committees: committeeIndicators(inputs.committees, inputs.committeeMembers, period, today),
    trainings: trainingIndicators(inputs.sessions, period),
    surveys: surveyIndicators(inputs.surveyInstruments, inputs.surveyResponses, period),
  };
};

export interface IndicatorComparison {
  current: Indicators;
  previous: Indicators;
}

/** The period's indicators beside those of the period just before. */
export const compareIndicators = (inputs: IndicatorInputs, period: Period, today: IsoDate): IndicatorComparison => ({
  current: computeIndicators(inputs, period, today),
  previous: computeIndicators(inputs, previousPeriod(period), today),
});

export interface OfficeInputs {
  /** The office's establishment, as its bundles name it. */
  establishment: string;
  inputs: IndicatorInputs;
  /** When its latest data was produced (the newest bundle's creation time), if known. */
  lastDataAt?: string;
}

export interface OfficeIndicators {
  establishment: string;
  lastDataAt?: string;
  indicators: Indicators;
}

/**
 * The same indicators per office, side by side, for the central office; freshness travels
 * with each row so a figure from a laptop not heard from in weeks reads as such.
 */
export const indicatorsByOffice = (offices: readonly OfficeInputs[], period: Period, today: IsoDate): OfficeIndicators[] =>
  offices
    .map((o) => ({
      establishment: o.establishment,
      ...(o.lastDataAt !== undefined ? { lastDataAt: o.lastDataAt } : {}),
      indicators: computeIndicators(o.inputs, period, today),
    }))
    .sort((a, b) => a.establishment.localeCompare(b.establishment, 'fr'));

export interface OfficeTotals {
  offices: number;
  inBank: number;
  active: number;
  requestsReceived: number;
  requestsFilled: number;
  stepsOnTime: number;
  stepsLate: number;
  stepsOverdue: number;
  overSolicited: number;
}

/**
 * The figures that add up across offices (counts of people and of work), for the central
 * office's "all offices" row. Medians and shares do not add up, so they are left per office.
 */
export const officeTotals = (rows: readonly OfficeIndicators[]): OfficeTotals =>
  rows.reduce<OfficeTotals>(
    (t, { indicators: i }) => ({
      offices: t.offices + 1,
      inBank: t.inBank + i.bank.inBank,
      active: t.active + i.bank.active,
      requestsReceived: t.requestsReceived + i.requests.received,
      requestsFilled: t.requestsFilled + i.requests.filled,
      stepsOnTime: t.stepsOnTime + i.accompaniment.onTime,
      stepsLate: t.stepsLate + i.accompaniment.late,
      stepsOverdue: t.stepsOverdue + i.accompaniment.overdue,
      overSolicited: t.overSolicited + i.load.overSolicited,
    }),
    { offices: 0, inBank: 0, active: 0, requestsReceived: 0, requestsFilled: 0, stepsOnTime: 0, stepsLate: 0, stepsOverdue: 0, overSolicited: 0 },
  );
