/**
 * The central office's view of the indicators: the merged records split by office, and the
 * "all offices" column made from the offices' own figures, so the columns add up.
 */
import type { RecordBase } from '../../model/base';
import { officeOf } from '../../sync/office';
import type { Indicators } from './index';
import type { IndicatorInputs } from './inputs';
import type { MandateIndicators } from './mandates';
import type { BreakdownRow } from './people';

type Owned = Pick<RecordBase, 'vv' | 'deviceId' | 'stamp'>;
type Own<T> = readonly (T & Owned)[];

/** What the central office holds: every office's records merged, each carrying its version vector. */
export interface MergedRecords {
  partners: Own<IndicatorInputs['partners'][number]>;
  requests: Own<IndicatorInputs['requests'][number]>;
  mandates: Own<IndicatorInputs['mandates'][number]>;
  candidacies: Own<IndicatorInputs['candidacies'][number]>;
  committees?: Own<NonNullable<IndicatorInputs['committees']>[number]>;
  committeeMembers?: Own<NonNullable<IndicatorInputs['committeeMembers']>[number]>;
  sessions?: Own<NonNullable<IndicatorInputs['sessions']>[number]>;
  surveyInstruments?: Own<NonNullable<IndicatorInputs['surveyInstruments']>[number]>;
  surveyResponses?: Own<NonNullable<IndicatorInputs['surveyResponses']>[number]>;
}

const LISTS = ['partners', 'requests', 'mandates', 'candidacies'] as const;
const OPTIONAL = ['committees', 'committeeMembers', 'sessions', 'surveyInstruments', 'surveyResponses'] as const;

/**
 * Each office's indicator inputs. A record belongs to the office whose device made its latest
 * change (`officeOf`); records of devices the central office does not know go to `unknown`
 * (the empty name). An optional table absent from the merged records stays absent per office,
 * so its family still reads "no data yet" rather than zero.
 */
export const splitByOffice = (
  merged: MergedRecords,
  deviceOffice: ReadonlyMap<string, string>,
  settingsOf: (office: string) => IndicatorInputs['settings'],
  unknown = '',
): Map<string, IndicatorInputs> => {
  const out = new Map<string, IndicatorInputs>();
  const inputsOf = (office: string): IndicatorInputs => {
    let i = out.get(office);
    if (!i) {
      i = { partners: [], requests: [], mandates: [], candidacies: [], settings: settingsOf(office) };
      for (const k of OPTIONAL) if (merged[k] !== undefined) (i as unknown as Record<string, unknown[]>)[k] = [];
      out.set(office, i);
    }
    return i;
  };
  for (const k of [...LISTS, ...OPTIONAL]) {
    for (const r of merged[k] ?? []) {
      const target = inputsOf(officeOf(r, deviceOffice) ?? unknown) as unknown as Record<string, unknown[]>;
      target[k]?.push(r);
    }
  }
  return out;
};

/** Every office's records together (for the figures that do not add up: medians, shares). */
export const poolInputs = (offices: readonly IndicatorInputs[], settings: IndicatorInputs['settings']): IndicatorInputs => {
  const pool: IndicatorInputs = {
    partners: offices.flatMap((o) => o.partners),
    requests: offices.flatMap((o) => o.requests),
    mandates: offices.flatMap((o) => o.mandates),
    candidacies: offices.flatMap((o) => o.candidacies),
    settings,
  };
  for (const k of OPTIONAL)
    if (offices.some((o) => o[k] !== undefined)) (pool as unknown as Record<string, unknown[]>)[k] = offices.flatMap((o) => (o[k] ?? []) as unknown[]);
  return pool;
};

const sum = <T>(xs: readonly T[], f: (x: T) => number): number => xs.reduce((n, x) => n + f(x), 0);

const sumRows = (lists: readonly (readonly BreakdownRow[])[], sortByBank: boolean): BreakdownRow[] => {
  const rows = new Map<string, BreakdownRow>();
  for (const list of lists)
    for (const r of list) {
      const row = rows.get(r.key) ?? { key: r.key, bank: 0, active: 0 };
      row.bank += r.bank;
      row.active += r.active;
      rows.set(r.key, row);
    }
  const out = [...rows.values()];
  return sortByBank ? out.sort((a, b) => b.bank - a.bank || b.active - a.active || (a.key < b.key ? -1 : 1)) : out;
};

const sumBy = <R extends Record<K, number>, K extends string>(lists: readonly (readonly R[])[], key: (r: R) => string, fields: readonly K[]): R[] => {
  const rows = new Map<string, R>();
  for (const list of lists)
    for (const r of list) {
      const row = rows.get(key(r));
      if (!row) rows.set(key(r), { ...r });
      else for (const f of fields) (row as Record<K, number>)[f] += r[f];
    }
  return [...rows.values()];
};

const nonNull = <T>(xs: readonly (T | null)[]): T[] => xs.filter((x): x is T => x !== null);

/**
 * The "all offices" column. Counts are the sum of the offices' columns (so a reader can add
 * them up, and each office's own over-solicitation thresholds apply); medians and shares
 * cannot be summed, so they come from `pooled`, the same indicators over every office's
 * records together. The period is the offices' period.
 */
export const combineIndicators = (rows: readonly Indicators[], pooled: Indicators): Indicators => {
  const committees = nonNull(rows.map((r) => r.committees));
  const trainings = nonNull(rows.map((r) => r.trainings));
  const surveys = nonNull(rows.map((r) => r.surveys));
  return {
    period: pooled.period,
    bank: {
      inBank: sum(rows, (r) => r.bank.inBank),
      active: sum(rows, (r) => r.bank.active),
      byLevel: sumRows(
        rows.map((r) => r.bank.byLevel),
        false,
      ),
      bySector: sumRows(
        rows.map((r) => r.bank.bySector),
        true,
      ),
      byLanguage: sumRows(
        rows.map((r) => r.bank.byLanguage),
        false,
      ),
      byCommunity: sumRows(
        rows.map((r) => r.bank.byCommunity),
        true,
      ),
    },
    pipeline: pooled.pipeline.map((p) => ({
      step: p.step,
      entered: sum(rows, (r) => r.pipeline.find((x) => x.step === p.step)?.entered ?? 0),
      medianDays: p.medianDays,
      left: p.left,
    })),
    requests: {
      received: sum(rows, (r) => r.requests.received),
      filled: sum(rows, (r) => r.requests.filled),
      cancelled: sum(rows, (r) => r.requests.cancelled),
      withFirstMandate: sum(rows, (r) => r.requests.withFirstMandate),
      medianDaysToFirstMandate: pooled.requests.medianDaysToFirstMandate,
    },
    accompaniment: {
      onTime: sum(rows, (r) => r.accompaniment.onTime),
      late: sum(rows, (r) => r.accompaniment.late),
      overdue: sum(rows, (r) => r.accompaniment.overdue),
      upcoming: sum(rows, (r) => r.accompaniment.upcoming),
      bySteps: sumBy(
        rows.map((r) => r.accompaniment.bySteps),
        (s) => s.step,
        ['onTime', 'late', 'overdue', 'upcoming'],
      ),
    },
    load: { overSolicited: sum(rows, (r) => r.load.overSolicited), inBank: sum(rows, (r) => r.load.inBank), thresholds: pooled.load.thresholds },
    committees:
      committees.length === 0
        ? null
        : {
            committees: sum(committees, (c) => c.committees),
            covered: sum(committees, (c) => c.covered),
            userSafety: sum(committees, (c) => c.userSafety),
            userSafetyCovered: sum(committees, (c) => c.userSafetyCovered),
            seats: sum(committees, (c) => c.seats),
            seatsFilled: sum(committees, (c) => c.seatsFilled),
          },
    trainings:
      trainings.length === 0
        ? null
        : {
            trainings: sum(trainings, (t) => t.trainings),
            trainingAttendance: sum(trainings, (t) => t.trainingAttendance),
            infoSessions: sum(trainings, (t) => t.infoSessions),
            infoAttendance: sum(trainings, (t) => t.infoAttendance),
            byKind: sumBy(
              trainings.map((t) => t.byKind),
              (k) => k.kind,
              ['sessions', 'attendance'],
            ),
          },
    surveys: surveys.length === 0 || !pooled.surveys ? null : { ...pooled.surveys, responses: sum(surveys, (s) => s.responses) },
  };
};

export const sumMandates = (rows: readonly MandateIndicators[]): MandateIndicators => ({
  running: sum(rows, (r) => r.running),
  started: sum(rows, (r) => r.started),
});
