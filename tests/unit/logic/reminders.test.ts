import { describe, expect, it } from 'vitest';
import { followUpReminders, nextPeriodicDue } from '../../../shared/logic';
import type { CommitteeMember, Mandate, SurveyResponse } from '../../../shared/model';
import { mandate, TODAY } from './factory';

const base = (id: string) => ({
  id,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  deviceId: 'dev-test',
  stamp: '0000000000001-0000-dev-test',
});
const response = (over: Partial<SurveyResponse>): SurveyResponse => ({
  ...base('R-0000000001'),
  instrumentId: 'builtin-post-partner',
  date: TODAY,
  mode: 'phone',
  answers: {},
  ...over,
});
const seat = (over: Partial<CommitteeMember>): CommitteeMember => ({
  ...base('S-0000000001'),
  committeeId: 'C-1',
  partnerId: 'P-1',
  termStart: '2026-01-01',
  ...over,
});
const oneTime = (over: Partial<Mandate> = {}) => mandate('P-1', { startDate: '2026-03-01', endDate: '2026-06-01', status: 'ended', steps: [], ...over });

describe('follow-up reminders (today is 2026-06-15)', () => {
  it('asks after a one-time engagement from its end date until a follow-up is recorded', () => {
    const m = oneTime();
    expect(followUpReminders({ mandates: [m], seats: [], responses: [] }, TODAY)).toMatchObject([
      { kind: 'mandate', id: m.id, reason: 'ended', dueOn: '2026-06-01', overdue: false },
    ]);
    expect(followUpReminders({ mandates: [oneTime({ endDate: '2026-06-16' })], seats: [], responses: [] }, TODAY)).toEqual([]);
    expect(followUpReminders({ mandates: [m], seats: [], responses: [response({ mandateId: m.id, date: '2026-06-10' })] }, TODAY)).toEqual([]);
    // the partner step of the accompaniment marked done answers it too
    const done = oneTime({ steps: [{ id: 'survey_partner', done: '2026-06-12' }] });
    expect(followUpReminders({ mandates: [done], seats: [], responses: [] }, TODAY)).toEqual([]);
  });

  it('turns overdue three months after it fell due, and ignores cancelled mandates and team answers when told', () => {
    const m = oneTime({ endDate: '2026-03-15' });
    expect(followUpReminders({ mandates: [m], seats: [], responses: [] }, TODAY)[0]?.overdue).toBe(true);
    expect(followUpReminders({ mandates: [oneTime({ status: 'cancelled' })], seats: [], responses: [] }, TODAY)).toEqual([]);
    const team = response({ mandateId: m.id, instrumentId: 'builtin-post-team' });
    expect(
      followUpReminders({ mandates: [m], seats: [], responses: [team], countsAsFollowUp: (r) => r.instrumentId !== 'builtin-post-team' }, TODAY),
    ).toHaveLength(1);
  });

  it('asks after an ongoing engagement at three months, then six months after the last follow-up', () => {
    expect(nextPeriodicDue('2026-01-01', undefined)).toBe('2026-04-01');
    expect(nextPeriodicDue('2026-01-01', '2026-04-20')).toBe('2026-10-20');
    const s = seat({});
    expect(followUpReminders({ mandates: [], seats: [s], responses: [] }, TODAY)).toMatchObject([
      { kind: 'seat', reason: 'periodic', dueOn: '2026-04-01', overdue: false },
    ]);
    expect(followUpReminders({ mandates: [], seats: [seat({ termStart: '2025-12-15' })], responses: [] }, TODAY)[0]?.overdue).toBe(true);
    expect(followUpReminders({ mandates: [], seats: [seat({ termStart: '2026-03-16' })], responses: [] }, TODAY)).toEqual([]);
    expect(followUpReminders({ mandates: [], seats: [s], responses: [response({ committeeMemberId: s.id, date: '2026-04-20' })] }, TODAY)).toEqual([]);
    // a seat no longer held needs no reminder
    expect(followUpReminders({ mandates: [], seats: [seat({ termEnd: '2026-05-31' })], responses: [] }, TODAY)).toEqual([]);
    const ongoing = mandate('P-1', { startDate: '2026-02-01', status: 'active', steps: [] });
    expect(followUpReminders({ mandates: [ongoing], seats: [], responses: [] }, TODAY)).toMatchObject([
      { kind: 'mandate', reason: 'periodic', dueOn: '2026-05-01' },
    ]);
  });
});
