/**
 * Committee (instance) rules: who holds a seat on a given day, seats filled and open,
 * terms ending soon, and the office's headline figure: the share of user-safety
 * committees with at least one partner seat filled. Pure, so indicators (#13) and the
 * screens compute the same numbers.
 */
import type { Committee, CommitteeMember, CommitteeType, IsoDate } from '../model';
import { addDays } from './dates';

export type SeatFields = Pick<CommitteeMember, 'committeeId' | 'partnerId' | 'termStart' | 'termEnd' | 'leftOn' | 'deleted'>;

/**
 * A seat is held on `today` when its term has started, has not ended (the end date is the
 * last day served) and the partner has not left. A term starting later is planned, not held.
 */
export const isSeated = (m: SeatFields, today: IsoDate): boolean =>
  !m.deleted && m.termStart <= today && (m.termEnd === undefined || m.termEnd >= today) && (m.leftOn === undefined || m.leftOn > today);

export interface SeatCount {
  seats: number;
  /** Distinct partners seated today (one partner counts once even with two overlapping terms). */
  filled: number;
  /** Seats still to fill, never below zero (a committee may seat more partners than planned). */
  open: number;
}

export const seatCount = (committee: Pick<Committee, 'id' | 'seats'>, members: readonly SeatFields[], today: IsoDate): SeatCount => {
  const seated = new Set<string>();
  for (const m of members) if (m.committeeId === committee.id && isSeated(m, today)) seated.add(m.partnerId);
  return { seats: committee.seats, filled: seated.size, open: Math.max(0, committee.seats - seated.size) };
};

/** Terms held today whose end falls within the next `days` days (today included). */
export const termsEnding = <M extends SeatFields>(members: readonly M[], today: IsoDate, days = 60): M[] => {
  const until = addDays(today, days);
  return members
    .filter((m) => isSeated(m, today) && m.termEnd !== undefined && m.termEnd <= until)
    .sort((a, b) => ((a.termEnd ?? '') < (b.termEnd ?? '') ? -1 : (a.termEnd ?? '') > (b.termEnd ?? '') ? 1 : 0));
};

export interface Coverage {
  /** Committees of the type (deleted ones left out). */
  committees: number;
  /** Of those, committees with at least one partner seated today. */
  covered: number;
  /** covered / committees, or null when there is no committee of the type. */
  share: number | null;
}

/** The share of committees of a type (user safety by default) with at least one partner seat filled today. */
export const coverage = (
  committees: readonly Pick<Committee, 'id' | 'type' | 'seats' | 'deleted'>[],
  members: readonly SeatFields[],
  today: IsoDate,
  type: CommitteeType = 'user_safety',
): Coverage => {
  const ids = new Set(committees.filter((c) => !c.deleted && c.type === type).map((c) => c.id));
  const covered = new Set<string>();
  for (const m of members) if (ids.has(m.committeeId) && isSeated(m, today)) covered.add(m.committeeId);
  return { committees: ids.size, covered: covered.size, share: ids.size === 0 ? null : covered.size / ids.size };
};

/** Seats each partner holds today, across committees: part of her load. */
export const seatsByPartner = (members: readonly SeatFields[], today: IsoDate): Map<string, number> => {
  const out = new Map<string, number>();
  const seen = new Set<string>();
  for (const m of members) {
    if (!isSeated(m, today)) continue;
    const key = `${m.partnerId}\u0000${m.committeeId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.set(m.partnerId, (out.get(m.partnerId) ?? 0) + 1);
  }
  return out;
};
