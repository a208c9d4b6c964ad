import { describe, expect, it } from 'vitest';
import {
  combineIndicators,
  computeIndicators,
  mandateIndicators,
  poolInputs,
  splitByOffice,
  yearPeriod,
  type IndicatorInputs,
} from '../../../shared/logic/indicators';
import { mandate, partner } from '../logic/factory';

const Y2026 = yearPeriod(2026);
const settings = { overloadMandates: 3, overloadHours: 60 };
const by = (deviceId: string) => ({ deviceId, stamp: `1760000000000-00000-${deviceId}` });

describe('indicators across offices', () => {
  it('mandates running and started in the period: an ended mandate runs to its end (or the day it ended), a cancelled one never counts', () => {
    const ms = [
      mandate('P1', { startDate: '2025-10-01', status: 'active' }), // running since 2025: running, not started
      mandate('P1', { startDate: '2026-02-01', endDate: '2026-03-01', status: 'ended' }), // running and started
      mandate('P2', { createdAt: '2025-06-01T12:00:00.000Z', updatedAt: '2025-12-20T12:00:00.000Z', status: 'ended' }), // ended 2025-12-20: neither
      mandate('P2', { startDate: '2026-05-01', status: 'cancelled' }), // never
    ];
    expect(mandateIndicators(ms, Y2026)).toEqual({ running: 2, started: 1 });
  });

  it('optional families stay "no data" per office when the central office has no such table, and add up when some offices have them', () => {
    const merged = { partners: [partner({ ...by('devA') }), partner({ ...by('devB') })], requests: [], mandates: [], candidacies: [] };
    const offices = new Map([
      ['devA', 'A'],
      ['devB', 'B'],
    ]);
    const split = splitByOffice(merged, offices, () => settings);
    expect([...split.keys()].sort()).toEqual(['A', 'B']);
    expect(split.get('A')?.committees).toBeUndefined();

    const withSessions = splitByOffice(
      { ...merged, sessions: [{ kind: 'partners', date: '2026-03-01', attendeeIds: ['x', 'x', 'y'], otherAttendees: 2, ...by('devA') }] },
      offices,
      () => settings,
    );
    expect(withSessions.get('B')?.sessions).toEqual([]); // the table exists: B held none (zero, not "no data")
    const rows = [...withSessions.values()].map((i) => computeIndicators(i, Y2026, '2026-12-01'));
    const all = combineIndicators(rows, computeIndicators(poolInputs([...withSessions.values()], settings), Y2026, '2026-12-01'));
    expect(all.trainings).toMatchObject({ trainings: 1, trainingAttendance: 4 }); // x and y once, plus 2 others
    expect(all.committees).toBeNull();
    expect(all.bank.inBank).toBe(2);
  });

  it('medians of the all-offices column are over every record, not a median of medians', () => {
    // Office A: one first mandate after 10 days; office B: three, after 20, 40 and 60 days.
    const inputs = (rows: [string, string][]): IndicatorInputs => ({
      partners: [],
      requests: rows.map(([received], i) => ({
        id: `R${received}${i}`,
        title: '',
        directorate: '',
        receivedAt: received,
        status: 'filled',
        statusHistory: [],
        seats: 1,
        level: undefined,
        sectors: [],
      })) as unknown as IndicatorInputs['requests'],
      mandates: rows.map(([received, made], i) => mandate('P', { requestId: `R${received}${i}`, createdAt: `${made}T12:00:00.000Z`, startDate: made })),
      candidacies: [],
      settings,
    });
    const a = inputs([['2026-01-01', '2026-01-11']]); // 10
    const b = inputs([
      ['2026-02-01', '2026-02-21'], // 20
      ['2026-03-01', '2026-04-10'], // 40
      ['2026-05-01', '2026-06-30'], // 60
    ]);
    const rows = [a, b].map((i) => computeIndicators(i, Y2026, '2026-12-01'));
    expect(rows.map((r) => r.requests.medianDaysToFirstMandate)).toEqual([10, 40]);
    const all = combineIndicators(rows, computeIndicators(poolInputs([a, b], settings), Y2026, '2026-12-01'));
    expect(all.requests.medianDaysToFirstMandate).toBe(30); // 10, 20, 40, 60 → 30 (the median of the medians would be 25)
    expect(all.requests.withFirstMandate).toBe(4);
  });
});
