import type { Candidacy, ContactEntry, IsoDate, Mandate, OfficeSettingsFields, Partner } from '../model';
import { seatsByPartner, type SeatFields } from './committees';
import { addDays, addMonths, instantDate, maxDate } from './dates';

/** How much a partner is currently asked of: the basis of over-solicitation. */
export interface PartnerLoad {
  /** Mandates whose status is `active` (whatever their dates: a signed mandate commits). */
  activeMandates: number;
  /** Hours logged on any mandate (even ended or cancelled) in the 12 months up to today. */
  hours12m: number;
  /** Latest date the office asked them for something: a candidacy contact or a mandate start. */
  lastSolicitedAt?: IsoDate;
  /** Distinct requests they were asked about in the recent window (default 90 days). */
  recentSolicitations: number;
  /** Committee seats held today: a seat commits like a mandate. Absent means none. */
  committeeSeats?: number;
}

export type OverloadThresholds = Pick<OfficeSettingsFields, 'overloadMandates' | 'overloadHours'>;

export const EMPTY_LOAD: Readonly<PartnerLoad> = Object.freeze({ activeMandates: 0, hours12m: 0, recentSolicitations: 0 });

export interface LoadOptions {
  /** Length of the "recent solicitation" window in days. */
  recentDays?: number;
  /** Committee seats (committee members); those held today add to the partner's load. */
  seats?: readonly SeatFields[];
}

const emptyLoad = (): PartnerLoad => ({ activeMandates: 0, hours12m: 0, recentSolicitations: 0 });

/**
 * Loads of every partner that has mandates or candidacies, in one pass over each table.
 * Partners absent from the map have no load (use EMPTY_LOAD). Deleted records are ignored;
 * dates after `today` are ignored for hours and solicitations (planned, not yet given).
 */
export const computeLoads = (
  mandates: readonly Mandate[],
  candidacies: readonly Candidacy[],
  today: IsoDate,
  options: LoadOptions = {},
): Map<string, PartnerLoad> => {
  const yearAgo = addMonths(today, -12);
  const recentFrom = addDays(today, -(options.recentDays ?? 90));
  const loads = new Map<string, PartnerLoad>();
  const loadOf = (id: string): PartnerLoad => {
    let l = loads.get(id);
    if (!l) loads.set(id, (l = emptyLoad()));
    return l;
  };
  // The same request can be both a candidacy and a mandate: count it once as recent.
  const recentPairs = new Set<string>();
  const solicited = (partnerId: string, requestId: string, date: IsoDate | undefined): void => {
    if (date === undefined || date > today) return;
    const l = loadOf(partnerId);
    l.lastSolicitedAt = maxDate(l.lastSolicitedAt, date);
    if (date >= recentFrom) {
      const key = `${partnerId}\u0000${requestId}`;
      if (!recentPairs.has(key)) {
        recentPairs.add(key);
        l.recentSolicitations++;
      }
    }
  };

  for (const m of mandates) {
    if (m.deleted) continue;
    const l = loadOf(m.partnerId);
    if (m.status === 'active') l.activeMandates++;
    for (const h of m.hours) if (h.date > yearAgo && h.date <= today) l.hours12m += h.hours;
    solicited(m.partnerId, m.requestId, m.startDate);
  }
  for (const c of candidacies) {
    if (c.deleted) continue;
    solicited(c.partnerId, c.requestId, c.contactedAt);
  }
  if (options.seats) for (const [id, n] of seatsByPartner(options.seats, today)) loadOf(id).committeeSeats = n;
  return loads;
};

/** Commitments that count against the mandate threshold: active mandates plus committee seats held. */
export const commitments = (load: Readonly<PartnerLoad>): number => load.activeMandates + (load.committeeSeats ?? 0);

export const isOverSolicited = (load: Readonly<PartnerLoad>, t: OverloadThresholds): boolean =>
  commitments(load) >= t.overloadMandates || load.hours12m >= t.overloadHours;

/** People the office should not chase: gone, hidden, or who asked to leave. */
export const isDormantRecord = (p: Pick<Partner, 'deleted' | 'archived' | 'anonymised' | 'step'>): boolean =>
  p.deleted === 1 || p.archived === true || p.anonymised === true || p.step === 'withdrawn';

/**
 * When the office last heard from or acted on this person: the derived last contact,
 * else the latest pipeline event, else the record's creation. The fallbacks matter:
 * someone entered from a poster and never called back is exactly who gets lost.
 */
export const lastTouchDate = (p: Pick<Partner, 'lastContactAt' | 'history' | 'createdAt'>): IsoDate => {
  if (p.lastContactAt) return p.lastContactAt;
  let last: IsoDate | undefined;
  for (const e of p.history) last = maxDate(last, instantDate(e.at));
  return last ?? instantDate(p.createdAt);
};

export type FollowUpReason = 'no_contact' | 'next_step_due';

export type FollowUpFields = Pick<Partner, 'deleted' | 'archived' | 'anonymised' | 'step' | 'lastContactAt' | 'nextStepAt' | 'history' | 'createdAt'>;

/**
 * A follow-up test for one day and one setting, so a list of 20,000 computes the cutoff
 * once. A next step due today counts (today's call-backs belong on today's list). No
 * contact for N months means the last touch is on or before today − N months. Callers
 * that cached lastTouchDate may pass it.
 */
export const makeFollowUpTest = (today: IsoDate, followUpMonths: number): ((p: FollowUpFields, lastTouch?: IsoDate) => FollowUpReason | null) => {
  const cutoff = followUpCutoff(today, followUpMonths);
  return (p, lastTouch) => followUpFrom(isDormantRecord(p), p.nextStepAt, lastTouch ?? lastTouchDate(p), today, cutoff);
};

/** Last-touch dates on or before this call for a follow-up. */
export const followUpCutoff = (today: IsoDate, followUpMonths: number): IsoDate => addMonths(today, -followUpMonths);

/** The follow-up rule on precomputed facts, for callers that keep their own copies (the search index). */
export const followUpFrom = (dormant: boolean, nextStepAt: IsoDate | undefined, lastTouch: IsoDate, today: IsoDate, cutoff: IsoDate): FollowUpReason | null => {
  if (dormant) return null;
  if (nextStepAt !== undefined && nextStepAt <= today) return 'next_step_due';
  if (lastTouch <= cutoff) return 'no_contact';
  return null;
};

/** Why a partner belongs in the "to follow up" view, or null. */
export const followUpReason = (p: FollowUpFields, today: IsoDate, followUpMonths: number): FollowUpReason | null => makeFollowUpTest(today, followUpMonths)(p);

export const needsFollowUp = (p: FollowUpFields, today: IsoDate, followUpMonths: number): boolean => followUpReason(p, today, followUpMonths) !== null;

export interface ContactFields {
  lastContactAt?: IsoDate;
  nextStepAt?: IsoDate;
}

/**
 * The partner fields derived from their contact log (never typed by the user).
 * - lastContactAt: the latest entry date.
 * - nextStepAt: the next-step date of the latest entry that set one (a newer plan
 *   replaces an older one, even an earlier date). It is kept once passed, so the
 *   follow-up view can show it overdue, and it is cleared once a contact is logged on or
 *   after that date: the planned step has happened.
 * Entries are ordered by date, then by creation time for entries of the same day.
 */
export const deriveContactFields = (entries: readonly ContactEntry[]): ContactFields => {
  let last: ContactEntry | undefined;
  let planner: ContactEntry | undefined;
  const later = (a: ContactEntry, b: ContactEntry | undefined): boolean =>
    b === undefined || a.date > b.date || (a.date === b.date && a.createdAt > b.createdAt);
  for (const e of entries) {
    if (e.deleted) continue;
    if (later(e, last)) last = e;
    if (e.nextStepAt !== undefined && later(e, planner)) planner = e;
  }
  const out: ContactFields = {};
  if (last) out.lastContactAt = last.date;
  const next = planner?.nextStepAt;
  if (next !== undefined && !(last && last !== planner && last.date >= next)) out.nextStepAt = next;
  return out;
};

/** deriveContactFields for a whole log at once, grouped by partner. */
export const deriveContactFieldsByPartner = (entries: readonly ContactEntry[]): Map<string, ContactFields> => {
  const groups = new Map<string, ContactEntry[]>();
  for (const e of entries) {
    const g = groups.get(e.partnerId);
    if (g) g.push(e);
    else groups.set(e.partnerId, [e]);
  }
  const out = new Map<string, ContactFields>();
  for (const [id, g] of groups) out.set(id, deriveContactFields(g));
  return out;
};
