import { describe, expect, it } from 'vitest';
import { addMonths, computeLoads, deriveContactFields, followUpReason, isOverSolicited, needsFollowUp } from '../../../shared/logic';
import { candidacy, contact, mandate, partner, TODAY } from './factory';

const thresholds = { overloadMandates: 3, overloadHours: 60 };

describe('partner load', () => {
  it('counts active mandates, hours of the last 12 months and the last solicitation', () => {
    const p = partner();
    const loads = computeLoads(
      [
        mandate(p.id, {
          hours: [
            { date: '2026-05-01', hours: 10 },
            { date: '2025-05-01', hours: 40 },
          ],
        }),
        mandate(p.id, { status: 'ended', startDate: '2026-01-10', hours: [{ date: '2026-02-01', hours: 5 }] }),
        mandate(p.id, { status: 'active', deleted: 1, hours: [{ date: '2026-02-01', hours: 99 }] }),
      ],
      [candidacy(p.id, 'R-other-request', { contactedAt: '2026-06-01' })],
      TODAY,
    );
    const l = loads.get(p.id);
    expect(l?.activeMandates).toBe(1);
    expect(l?.hours12m).toBe(15);
    expect(l?.lastSolicitedAt).toBe('2026-06-01');
    expect(l?.recentSolicitations).toBe(1);
  });

  it('counts a request once as a recent solicitation when it is both a candidacy and a mandate', () => {
    const p = partner();
    const m = mandate(p.id, { startDate: '2026-06-05' });
    const loads = computeLoads([m], [candidacy(p.id, m.requestId, { contactedAt: '2026-05-20', status: 'accepted' })], TODAY);
    expect(loads.get(p.id)?.recentSolicitations).toBe(1);
    expect(loads.get(p.id)?.lastSolicitedAt).toBe('2026-06-05');
  });

  it('is over-solicited at N active mandates or H hours, not below', () => {
    expect(isOverSolicited({ activeMandates: 3, hours12m: 0, recentSolicitations: 0 }, thresholds)).toBe(true);
    expect(isOverSolicited({ activeMandates: 2, hours12m: 59.5, recentSolicitations: 0 }, thresholds)).toBe(false);
    expect(isOverSolicited({ activeMandates: 0, hours12m: 60, recentSolicitations: 0 }, thresholds)).toBe(true);
  });
});

describe('follow-up', () => {
  it('flags someone not contacted for 7 months but not someone contacted last week', () => {
    expect(followUpReason(partner({ lastContactAt: addMonths(TODAY, -7) }), TODAY, 6)).toBe('no_contact');
    expect(needsFollowUp(partner({ lastContactAt: '2026-06-08' }), TODAY, 6)).toBe(false);
  });

  it('flags a next step that is due, including today', () => {
    expect(followUpReason(partner({ nextStepAt: TODAY }), TODAY, 6)).toBe('next_step_due');
    expect(needsFollowUp(partner({ nextStepAt: '2026-06-16' }), TODAY, 6)).toBe(false);
  });

  it('falls back to the pipeline history, then to the record creation, when never contacted', () => {
    const recentStep = partner({ lastContactAt: undefined, history: [{ at: '2026-05-30T15:00:00.000Z', to: 'screening' }] });
    expect(needsFollowUp(recentStep, TODAY, 6)).toBe(false);
    const forgotten = partner({ lastContactAt: undefined, history: [] });
    expect(followUpReason(forgotten, TODAY, 6)).toBe('no_contact');
  });

  it('never flags withdrawn, archived, anonymised or deleted people', () => {
    const old = addMonths(TODAY, -12);
    for (const over of [{ step: 'withdrawn' as const }, { archived: true }, { anonymised: true }, { deleted: 1 as const }])
      expect(needsFollowUp(partner({ lastContactAt: old, ...over }), TODAY, 6)).toBe(false);
  });
});

describe('contact fields derived from the log', () => {
  const id = 'P-derive-000';
  it('takes the latest date and the plan of the latest entry that set one', () => {
    const f = deriveContactFields([
      contact(id, '2026-03-01', { nextStepAt: '2026-09-01' }),
      contact(id, '2026-04-01', { nextStepAt: '2026-05-01' }),
      contact(id, '2026-04-20'),
    ]);
    expect(f).toEqual({ lastContactAt: '2026-04-20', nextStepAt: '2026-05-01' });
  });

  it('keeps a passed next step (it is overdue) until a contact happens on or after it', () => {
    expect(deriveContactFields([contact(id, '2026-04-01', { nextStepAt: '2026-05-01' })]).nextStepAt).toBe('2026-05-01');
    const done = deriveContactFields([contact(id, '2026-04-01', { nextStepAt: '2026-05-01' }), contact(id, '2026-05-02')]);
    expect(done).toEqual({ lastContactAt: '2026-05-02' });
  });

  it('ignores deleted entries and gives nothing for an empty log', () => {
    expect(deriveContactFields([contact(id, '2026-05-01', { deleted: 1 })])).toEqual({});
  });
});
