import type { IsoDate } from '../../model/base';
import type { AccompanimentStepId } from '../../model/enums';
import { AccompanimentStepId as StepIds } from '../../model/enums';
import { addMonths, instantDate } from '../dates';
import type { CommitteeMemberInput, IndicatorInputs, MandateInput, PartnerInput, RequestInput } from './inputs';
import { bankFlags } from './people';
import { asOfDate, daysBetween, inPeriod, median, type Period } from './period';

export interface RequestIndicators {
  /** Requests whose reception date is in the period. */
  received: number;
  /** Requests that first reached "filled" (or a later stage) during the period. */
  filled: number;
  /** Requests cancelled during the period. */
  cancelled: number;
  /** Requests whose first mandate was created during the period. */
  withFirstMandate: number;
  /** Median days from reception to the first mandate, over those requests (null: none). */
  medianDaysToFirstMandate: number | null;
}

const FILLED_OR_LATER = new Set(['filled', 'in_progress', 'closed']);

export const requestIndicators = (requests: readonly RequestInput[], mandates: readonly MandateInput[], period: Period): RequestIndicators => {
  const firstMandate = new Map<string, IsoDate>();
  for (const m of mandates) {
    if (m.deleted || m.status === 'cancelled') continue;
    const d = instantDate(m.createdAt);
    const cur = firstMandate.get(m.requestId);
    if (cur === undefined || d < cur) firstMandate.set(m.requestId, d);
  }
  let received = 0;
  let filled = 0;
  let cancelled = 0;
  const delays: number[] = [];
  for (const r of requests) {
    if (r.deleted) continue;
    if (inPeriod(r.receivedAt, period)) received++;
    let filledOn: IsoDate | undefined;
    let cancelledOn: IsoDate | undefined;
    for (const e of r.statusHistory) {
      const d = instantDate(e.at);
      if (FILLED_OR_LATER.has(e.to) && (filledOn === undefined || d < filledOn)) filledOn = d;
      if (e.to === 'cancelled' && (cancelledOn === undefined || d < cancelledOn)) cancelledOn = d;
    }
    if (inPeriod(filledOn, period)) filled++;
    if (inPeriod(cancelledOn, period)) cancelled++;
    const first = firstMandate.get(r.id);
    if (inPeriod(first, period)) delays.push(Math.max(0, daysBetween(r.receivedAt, first)));
  }
  return { received, filled, cancelled, withFirstMandate: delays.length, medianDaysToFirstMandate: median(delays) };
};

export interface StepTimeliness {
  step: AccompanimentStepId;
  onTime: number;
  late: number;
  /** Planned in the period, before the as-of day, and still not done. */
  overdue: number;
  /** Planned in the period but on or after the as-of day, not done yet. */
  upcoming: number;
}

export interface AccompanimentIndicators {
  onTime: number;
  late: number;
  overdue: number;
  upcoming: number;
  bySteps: StepTimeliness[];
}

/** Steps planned in the period: done on or before the planned date, done after it, or not done. */
export const accompanimentIndicators = (mandates: readonly MandateInput[], period: Period, today: IsoDate): AccompanimentIndicators => {
  const asOf = asOfDate(period, today);
  const rows = new Map<AccompanimentStepId, StepTimeliness>(StepIds.options.map((s) => [s, { step: s, onTime: 0, late: 0, overdue: 0, upcoming: 0 }]));
  for (const m of mandates) {
    if (m.deleted || m.status === 'cancelled') continue;
    for (const s of m.steps) {
      if (!inPeriod(s.planned, period)) continue;
      const row = rows.get(s.id);
      if (!row) continue;
      if (s.done !== undefined) {
        if (s.done <= s.planned) row.onTime++;
        else row.late++;
      } else if (s.planned < asOf) row.overdue++;
      else row.upcoming++;
    }
  }
  const bySteps = [...rows.values()];
  const sum = (k: 'onTime' | 'late' | 'overdue' | 'upcoming') => bySteps.reduce((n, r) => n + r[k], 0);
  return { onTime: sum('onTime'), late: sum('late'), overdue: sum('overdue'), upcoming: sum('upcoming'), bySteps };
};

export interface LoadIndicators {
  /** People in the bank on the as-of day whose load reaches a threshold set in the settings. */
  overSolicited: number;
  /** Out of the people in the bank on that day. */
  inBank: number;
  thresholds: IndicatorInputs['settings'];
}

/**
 * Over-solicitation on the as-of day, with the same thresholds as the bank's view: mandates
 * running that day (plus committee seats held that day) at or above the mandate threshold,
 * or hours logged in the twelve months up to that day at or above the hours threshold.
 */
export const loadIndicators = (
  partners: readonly PartnerInput[],
  mandates: readonly MandateInput[],
  members: readonly CommitteeMemberInput[] | undefined,
  settings: IndicatorInputs['settings'],
  period: Period,
  today: IsoDate,
  flags: Uint8Array = bankFlags(partners, asOfDate(period, today)),
): LoadIndicators => {
  const asOf = asOfDate(period, today);
  const yearAgo = addMonths(asOf, -12);
  const running = new Map<string, number>();
  const hours = new Map<string, number>();
  for (const m of mandates) {
    if (m.deleted || m.status === 'cancelled') continue;
    const start = m.startDate ?? instantDate(m.createdAt);
    const end = m.endDate ?? (m.status === 'ended' ? instantDate(m.updatedAt) : undefined);
    if (start <= asOf && (end === undefined || end >= asOf)) running.set(m.partnerId, (running.get(m.partnerId) ?? 0) + 1);
    for (const h of m.hours) if (h.date > yearAgo && h.date <= asOf) hours.set(m.partnerId, (hours.get(m.partnerId) ?? 0) + h.hours);
  }
  for (const s of members ?? []) {
    if (s.deleted) continue;
    const end = s.leftOn ?? s.termEnd;
    if (s.termStart <= asOf && (end === undefined || end >= asOf)) running.set(s.partnerId, (running.get(s.partnerId) ?? 0) + 1);
  }
  let inBank = 0;
  let overSolicited = 0;
  const anyLoad = running.size > 0 || hours.size > 0;
  for (let i = 0; i < partners.length; i++) {
    if (flags[i] !== 1) continue;
    inBank++;
    if (!anyLoad) continue;
    const p = partners[i] as PartnerInput;
    if ((running.get(p.id) ?? 0) >= settings.overloadMandates || (hours.get(p.id) ?? 0) >= settings.overloadHours) overSolicited++;
  }
  return { overSolicited, inBank, thresholds: { overloadMandates: settings.overloadMandates, overloadHours: settings.overloadHours } };
};
