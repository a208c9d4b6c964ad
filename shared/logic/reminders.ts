/**
 * Follow-up reminders for the home screen. Partners complain that engagements end with
 * no news; the office asks them how it went:
 * - a one-time engagement (a mandate with an end date): on its end date;
 * - an ongoing one (a mandate without an end date, a committee seat): three months after
 *   it starts, then six months after the last follow-up. A reminder turns overdue three
 *   months after it fell due, i.e. at six months for a first follow-up.
 * A follow-up is a survey answer linked to the engagement (or, for a mandate, its partner
 * survey step marked done) dated on or after the start of the period it covers.
 */
import type { IsoDate, Mandate, SurveyResponse } from '../model';
import { isSeated, type SeatFields } from './committees';
import { addMonths, maxDate } from './dates';

export const FIRST_FOLLOW_UP_MONTHS = 3;
export const NEXT_FOLLOW_UP_MONTHS = 6;
export const OVERDUE_AFTER_MONTHS = 3;

export interface FollowUpReminder {
  kind: 'mandate' | 'seat';
  /** The mandate's or the seat's record id. */
  id: string;
  partnerId: string;
  /** The committee or the request the engagement belongs to. */
  parentId: string;
  reason: 'ended' | 'periodic';
  dueOn: IsoDate;
  overdue: boolean;
}

type MandateFields = Pick<Mandate, 'id' | 'partnerId' | 'requestId' | 'status' | 'startDate' | 'endDate' | 'steps' | 'deleted'>;
type SeatRow = SeatFields & { id: string };
type ResponseFields = Pick<SurveyResponse, 'mandateId' | 'committeeMemberId' | 'date' | 'deleted'>;

/**
 * Latest follow-up date per engagement id. `counts` lets the caller leave out answers that
 * are not the partner's (a team's survey about the same mandate).
 */
const lastFollowUps = <R extends ResponseFields>(responses: readonly R[], counts: (r: R) => boolean): Map<string, IsoDate> => {
  const out = new Map<string, IsoDate>();
  for (const r of responses) {
    if (r.deleted || !counts(r)) continue;
    for (const id of [r.mandateId, r.committeeMemberId]) if (id) out.set(id, maxDate(out.get(id), r.date)!);
  }
  return out;
};

/** Calendar days repeat across thousands of engagements: month arithmetic is memoised per call. */
const monthsAdder = (): ((d: IsoDate, n: number) => IsoDate) => {
  const memo = new Map<string, IsoDate>();
  return (d, n) => {
    const key = `${d}|${n}`;
    let out = memo.get(key);
    if (out === undefined) memo.set(key, (out = addMonths(d, n)));
    return out;
  };
};

const periodicDue = (plus: (d: IsoDate, n: number) => IsoDate, start: IsoDate, lastFollowUp: IsoDate | undefined): IsoDate =>
  lastFollowUp !== undefined && lastFollowUp >= start ? plus(lastFollowUp, NEXT_FOLLOW_UP_MONTHS) : plus(start, FIRST_FOLLOW_UP_MONTHS);

/** When the next follow-up of an ongoing engagement falls due. */
export const nextPeriodicDue = (start: IsoDate, lastFollowUp: IsoDate | undefined): IsoDate => periodicDue(addMonths, start, lastFollowUp);

export const followUpReminders = <R extends ResponseFields>(
  input: { mandates: readonly MandateFields[]; seats: readonly SeatRow[]; responses: readonly R[]; countsAsFollowUp?: (r: R) => boolean },
  today: IsoDate,
): FollowUpReminder[] => {
  const last = lastFollowUps(input.responses, input.countsAsFollowUp ?? (() => true));
  const plus = monthsAdder();
  const out: FollowUpReminder[] = [];
  const push = (r: Omit<FollowUpReminder, 'overdue'>) => {
    if (r.dueOn > today) return;
    out.push({ ...r, overdue: plus(r.dueOn, OVERDUE_AFTER_MONTHS) <= today });
  };

  for (const m of input.mandates) {
    if (m.deleted || m.status === 'cancelled' || !m.startDate) continue;
    const stepDone = m.steps.find((s) => s.id === 'survey_partner')?.done;
    const lastDone = maxDate(last.get(m.id), stepDone);
    const base = { kind: 'mandate' as const, id: m.id, partnerId: m.partnerId, parentId: m.requestId };
    if (m.endDate) {
      // One-time: asked once, after it ended; any follow-up since it began answers it.
      if (lastDone === undefined || lastDone < m.startDate) push({ ...base, reason: 'ended', dueOn: m.endDate });
    } else if (m.status === 'active') {
      push({ ...base, reason: 'periodic', dueOn: periodicDue(plus, m.startDate, lastDone) });
    }
  }
  for (const s of input.seats) {
    if (!isSeated(s, today)) continue;
    push({
      kind: 'seat',
      id: s.id,
      partnerId: s.partnerId,
      parentId: s.committeeId,
      reason: 'periodic',
      dueOn: periodicDue(plus, s.termStart, last.get(s.id)),
    });
  }
  // Plain code-unit order: ISO dates and ULIDs sort correctly without the cost of localeCompare.
  const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return out.sort((a, b) => cmp(a.dueOn, b.dueOn) || cmp(a.id, b.id));
};
