/**
 * Accompaniment schedule for a mandate: proposing planned dates from the mandate's dates,
 * and listing what is due, for the home screen.
 *
 * Dates are IsoDate strings handled as UTC calendar days so that no time zone or DST
 * shift can move a step to the neighbouring day.
 */
import type { IsoDate } from '../model/base';
import type { AccompanimentStepId } from '../model/enums';
import type { Mandate } from '../model/request';

const DAY_MS = 86_400_000;

const toDay = (d: IsoDate): number => Math.floor(Date.parse(`${d}T00:00:00Z`) / DAY_MS);
const fromDay = (n: number): IsoDate => new Date(n * DAY_MS).toISOString().slice(0, 10);
const valid = (d: IsoDate | undefined): d is IsoDate => d !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(d) && !Number.isNaN(toDay(d));

/** Offsets chosen so the team is ready before the partner arrives, and news reaches the partner after surveys close. */
const PREP_TEAM_BEFORE_START = 14;
const WELCOME_BEFORE_START = 7;
const SURVEY_AFTER_END = 14;
const FEEDBACK_AFTER_END = 30;

/**
 * Planned dates proposed from the mandate's start and end. Steps that depend on a missing
 * date are left out rather than guessed; the coordinator can set them by hand.
 */
export function proposeStepDates(start?: IsoDate, end?: IsoDate): Partial<Record<AccompanimentStepId, IsoDate>> {
  const out: Partial<Record<AccompanimentStepId, IsoDate>> = {};
  const s = valid(start) ? toDay(start) : undefined;
  let e = valid(end) ? toDay(end) : undefined;
  // An end before the start is a typing slip; proposing steps in reverse order would be worse than none.
  if (s !== undefined && e !== undefined && e < s) e = undefined;
  if (s !== undefined) {
    out.prep_team = fromDay(s - PREP_TEAM_BEFORE_START);
    out.welcome_partner = fromDay(s - WELCOME_BEFORE_START);
  }
  if (s !== undefined && e !== undefined) {
    const mid = fromDay(s + Math.floor((e - s) / 2));
    out.mid_partner = mid;
    out.mid_team = mid;
  }
  if (e !== undefined) {
    out.end_partner = fromDay(e);
    out.end_team = fromDay(e);
    out.survey_partner = fromDay(e + SURVEY_AFTER_END);
    out.survey_team = fromDay(e + SURVEY_AFTER_END);
    out.outcome_feedback = fromDay(e + FEEDBACK_AFTER_END);
  }
  return out;
}

export interface DueStep {
  mandateId: string;
  partnerId: string;
  requestId: string;
  stepId: AccompanimentStepId;
  planned: IsoDate;
}

export interface DueSteps {
  /** Planned from today through today + 7 days, not done. */
  dueThisWeek: DueStep[];
  /** Planned before today, not done. */
  overdue: DueStep[];
}

/**
 * Steps needing attention. Ended mandates are included on purpose: surveys and outcome
 * feedback come after the end, and forgetting them is exactly the complaint partners make.
 */
export function dueSteps(mandates: readonly Pick<Mandate, 'id' | 'partnerId' | 'requestId' | 'status' | 'steps' | 'deleted'>[], today: IsoDate): DueSteps {
  const t = toDay(today);
  const dueThisWeek: DueStep[] = [];
  const overdue: DueStep[] = [];
  for (const m of mandates) {
    if (m.deleted || m.status === 'cancelled') continue;
    for (const step of m.steps) {
      if (step.done || !valid(step.planned)) continue;
      const p = toDay(step.planned);
      const item: DueStep = { mandateId: m.id, partnerId: m.partnerId, requestId: m.requestId, stepId: step.id, planned: step.planned };
      if (p < t) overdue.push(item);
      else if (p <= t + 7) dueThisWeek.push(item);
    }
  }
  const byDate = (a: DueStep, b: DueStep): number =>
    a.planned < b.planned ? -1 : a.planned > b.planned ? 1 : a.mandateId < b.mandateId ? -1 : a.mandateId > b.mandateId ? 1 : 0;
  dueThisWeek.sort(byDate);
  overdue.sort(byDate);
  return { dueThisWeek, overdue };
}
