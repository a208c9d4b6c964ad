import { describe, expect, it } from 'vitest';
import { communityYear, computeLoads, coverage, isOverSolicited, isSeated, seatCount, sessionAttendance, termsEnding } from '../../../shared/logic';
import type { Committee, CommitteeMember } from '../../../shared/model';
import { TODAY } from './factory';

const base = (id: string) => ({
  id,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  deviceId: 'dev-test',
  stamp: '0000000000001-0000-dev-test',
});
const committee = (id: string, over: Partial<Committee> = {}): Committee => ({ ...base(id), name: id, type: 'user_safety', seats: 2, journal: [], ...over });
let n = 0;
const seat = (committeeId: string, partnerId: string, over: Partial<CommitteeMember> = {}): CommitteeMember => ({
  ...base(`M-${String(++n).padStart(8, '0')}`),
  committeeId,
  partnerId,
  termStart: '2026-01-01',
  ...over,
});

describe('committee seats (today is 2026-06-15)', () => {
  it('holds a seat from the first day of the term through its last day, not before, not after leaving', () => {
    expect(isSeated(seat('C1', 'P1', { termStart: TODAY }), TODAY)).toBe(true);
    expect(isSeated(seat('C1', 'P1', { termStart: '2026-06-16' }), TODAY)).toBe(false);
    expect(isSeated(seat('C1', 'P1', { termEnd: TODAY }), TODAY)).toBe(true);
    expect(isSeated(seat('C1', 'P1', { termEnd: '2026-06-14' }), TODAY)).toBe(false);
    expect(isSeated(seat('C1', 'P1', { leftOn: TODAY }), TODAY)).toBe(false);
    expect(isSeated(seat('C1', 'P1', { deleted: 1 }), TODAY)).toBe(false);
  });

  it('counts filled and open seats, one partner once, never fewer than zero open', () => {
    const c = committee('C1', { seats: 2 });
    expect(seatCount(c, [], TODAY)).toEqual({ seats: 2, filled: 0, open: 2 });
    expect(seatCount(c, [seat('C1', 'P1'), seat('C1', 'P1', { termStart: '2026-03-01' }), seat('C2', 'P2')], TODAY)).toEqual({ seats: 2, filled: 1, open: 1 });
    expect(seatCount(c, [seat('C1', 'P1'), seat('C1', 'P2'), seat('C1', 'P3')], TODAY)).toEqual({ seats: 2, filled: 3, open: 0 });
  });

  it('lists terms ending within 60 days, soonest first, and not those already over or further out', () => {
    const soon = seat('C1', 'P1', { termEnd: '2026-08-14' }); // day 60
    const sooner = seat('C1', 'P2', { termEnd: TODAY });
    const later = seat('C1', 'P3', { termEnd: '2026-08-15' }); // day 61
    const over = seat('C1', 'P4', { termEnd: '2026-06-01' });
    const open = seat('C1', 'P5');
    expect(termsEnding([soon, sooner, later, over, open], TODAY).map((m) => m.partnerId)).toEqual(['P2', 'P1']);
    expect(termsEnding([later], TODAY, 61)).toHaveLength(1);
  });

  it('gives the share of user-safety committees with at least one partner seated today', () => {
    const cs = [committee('S1'), committee('S2'), committee('S3'), committee('Q1', { type: 'quality' }), committee('S4', { deleted: 1 })];
    expect(coverage(cs, [], TODAY)).toEqual({ committees: 3, covered: 0, share: 0 });
    const members = [seat('S1', 'P1'), seat('S1', 'P2'), seat('Q1', 'P3'), seat('S2', 'P4', { termEnd: '2026-01-31' }), seat('S4', 'P5')];
    expect(coverage(cs, members, TODAY)).toEqual({ committees: 3, covered: 1, share: 1 / 3 });
    expect(coverage([], members, TODAY).share).toBeNull();
    expect(coverage(cs, members, TODAY, 'quality')).toEqual({ committees: 1, covered: 1, share: 1 });
  });
});

describe('committee seats in a partner load', () => {
  it('adds seats held today to the commitments that make a partner over-solicited', () => {
    const seats = [seat('C1', 'P1'), seat('C2', 'P1'), seat('C3', 'P1'), seat('C4', 'P1', { termEnd: '2026-01-31' })];
    const loads = computeLoads([], [], TODAY, { seats });
    const l = loads.get('P1');
    expect(l?.committeeSeats).toBe(3);
    expect(l && isOverSolicited(l, { overloadMandates: 3, overloadHours: 60 })).toBe(true);
    expect(computeLoads([], [], TODAY, { seats: seats.slice(0, 2) }).get('P1') as object).toMatchObject({ committeeSeats: 2 });
    expect(isOverSolicited(computeLoads([], [], TODAY, { seats: seats.slice(0, 2) }).get('P1')!, { overloadMandates: 3, overloadHours: 60 })).toBe(false);
  });
});

describe('community of practice over the year', () => {
  const meeting = (date: string, attendeeIds: string[], deleted?: 1) => ({ date, attendeeIds, deleted });
  it('counts distinct attendees of the meetings held in the 12 months up to today', () => {
    const year = communityYear(
      [
        meeting('2026-06-15', ['A', 'B']),
        meeting('2026-01-10', ['B', 'C', 'C']),
        meeting('2025-06-15', ['D']), // exactly a year ago: outside
        meeting('2026-06-20', ['E']), // planned
        meeting('2026-03-01', ['F'], 1),
      ],
      TODAY,
    );
    expect(year).toEqual({ meetings: 2, activeMembers: 3 });
    expect(communityYear([meeting('2026-06-15', ['A', 'B']), meeting('2026-01-10', ['B'])], TODAY, 2).activeMembers).toBe(1);
  });

  it('counts a session’s partners by name and the others by number', () => {
    expect(sessionAttendance({ attendeeIds: ['A', 'B', 'A'], otherAttendees: 12 })).toBe(14);
  });
});
