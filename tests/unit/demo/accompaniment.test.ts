import { describe, expect, it } from 'vitest';
import { dueSteps, proposeStepDates } from '../../../shared/logic/accompaniment';
import type { AccompanimentStep, Mandate } from '../../../shared/model';

describe('proposeStepDates', () => {
  it('proposes every step from start and end', () => {
    expect(proposeStepDates('2026-01-15', '2026-07-15')).toEqual({
      prep_team: '2026-01-01',
      welcome_partner: '2026-01-08',
      mid_partner: '2026-04-15',
      mid_team: '2026-04-15',
      end_partner: '2026-07-15',
      end_team: '2026-07-15',
      survey_partner: '2026-07-29',
      survey_team: '2026-07-29',
      outcome_feedback: '2026-08-14',
    });
  });

  it('leaves out steps whose anchor date is missing or inconsistent', () => {
    expect(Object.keys(proposeStepDates('2026-03-01')).sort()).toEqual(['prep_team', 'welcome_partner']);
    expect(Object.keys(proposeStepDates(undefined, '2026-03-01')).sort()).toEqual([
      'end_partner',
      'end_team',
      'outcome_feedback',
      'survey_partner',
      'survey_team',
    ]);
    expect(proposeStepDates()).toEqual({});
    // End before start: only the start-based steps are proposed.
    expect(Object.keys(proposeStepDates('2026-03-01', '2026-02-01')).sort()).toEqual(['prep_team', 'welcome_partner']);
  });

  it('crosses month and year boundaries by calendar day', () => {
    expect(proposeStepDates('2026-01-05', '2026-12-20').outcome_feedback).toBe('2027-01-19');
    expect(proposeStepDates('2026-03-10', '2026-03-10').prep_team).toBe('2026-02-24');
  });
});

describe('dueSteps', () => {
  const mandate = (id: string, status: Mandate['status'], steps: AccompanimentStep[], deleted?: 1) => ({
    id,
    partnerId: `p-${id}`,
    requestId: `r-${id}`,
    status,
    steps,
    ...(deleted ? { deleted } : {}),
  });

  it('splits undone steps into overdue and due within 7 days', () => {
    const today = '2026-11-23';
    const res = dueSteps(
      [
        mandate('a', 'active', [
          { id: 'welcome_partner', planned: '2026-11-01', done: '2026-11-02' },
          { id: 'prep_team', planned: '2026-11-20' },
          { id: 'mid_partner', planned: '2026-11-23' },
          { id: 'mid_team', planned: '2026-11-30' },
          { id: 'end_partner', planned: '2026-12-01' },
          { id: 'end_team' },
        ]),
        mandate('b', 'ended', [{ id: 'outcome_feedback', planned: '2026-10-01' }]),
        mandate('c', 'cancelled', [{ id: 'survey_team', planned: '2026-11-24' }]),
        mandate('d', 'active', [{ id: 'survey_team', planned: '2026-11-24' }], 1),
      ],
      today,
    );
    expect(res.overdue.map((s) => [s.mandateId, s.stepId])).toEqual([
      ['b', 'outcome_feedback'],
      ['a', 'prep_team'],
    ]);
    expect(res.dueThisWeek.map((s) => [s.mandateId, s.stepId, s.planned])).toEqual([
      ['a', 'mid_partner', '2026-11-23'],
      ['a', 'mid_team', '2026-11-30'],
    ]);
    expect(res.overdue[0]).toMatchObject({ partnerId: 'p-b', requestId: 'r-b' });
  });
});
