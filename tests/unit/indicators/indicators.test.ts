import { describe, expect, it } from 'vitest';
import {
  compareIndicators,
  computeIndicators,
  customPeriod,
  definitions,
  indicatorsByOffice,
  officeTotals,
  previousPeriod,
  quarterPeriod,
  stepOn,
  yearPeriod,
} from '../../../shared/logic/indicators';
import { A, C, D, coreInputs, fullInputs } from './dataset';

/** The reporting year; "today" is after it unless a test says otherwise. */
const Y2025 = yearPeriod(2025);
const AFTER = '2026-06-15';
const row = <T extends { key: string }>(rows: T[], key: string) => rows.find((r) => r.key === key);

describe('periods', () => {
  it('years, quarters and custom spans, each with the period just before', () => {
    expect(Y2025).toEqual({ kind: 'year', from: '2025-01-01', to: '2025-12-31' });
    expect(previousPeriod(Y2025)).toEqual({ kind: 'year', from: '2024-01-01', to: '2024-12-31' });
    expect(quarterPeriod(2025, 4)).toEqual({ kind: 'quarter', from: '2025-10-01', to: '2025-12-31' });
    // Q1's predecessor is the last quarter of the year before.
    expect(previousPeriod(quarterPeriod(2025, 1))).toEqual({ kind: 'quarter', from: '2024-10-01', to: '2024-12-31' });
    // 10 days (10th to 19th March) → the 10 days before: 28 February to 9 March.
    expect(previousPeriod(customPeriod('2025-03-10', '2025-03-19'))).toEqual({ kind: 'custom', from: '2025-02-28', to: '2025-03-09' });
    // Ends typed in the wrong order are swapped rather than giving an empty period.
    expect(customPeriod('2025-05-01', '2025-04-01')).toEqual({ kind: 'custom', from: '2025-04-01', to: '2025-05-01' });
  });

  it('a step is read from the history on a given day', () => {
    expect(stepOn(A, '2025-01-19')).toBe('interest');
    expect(stepOn(A, '2025-03-15')).toBe('in_bank');
    expect(stepOn(A, '2025-01-09')).toBeUndefined();
    // No history: at its current step since its creation on 2025-01-10.
    expect(stepOn(D, '2025-01-09')).toBeUndefined();
    expect(stepOn(D, '2025-01-10')).toBe('in_bank');
  });
});

describe('people in the bank and active', () => {
  const { bank } = computeIndicators(coreInputs, Y2025, AFTER);

  it('counts the bank on the last day and the active during the year', () => {
    // Bank on 2025-12-31: A (active step), B (in bank since 2024), D (no history). Not C
    // (first contact), not E (deleted), not F (withdrawn in June).
    expect(bank.inBank).toBe(3);
    // Active: A (m1 from April) and F (m2, January to March). B's mandate was cancelled; D's deleted.
    expect(bank.active).toBe(2);
  });

  it('splits by level, language, community and sector', () => {
    // clinical: A bank+active, F active only; tactical: A bank+active, D bank; strategic: B bank.
    expect(bank.byLevel).toEqual([
      { key: 'clinical', bank: 1, active: 2 },
      { key: 'tactical', bank: 2, active: 1 },
      { key: 'strategic', bank: 1, active: 0 },
    ]);
    expect(row(bank.byLanguage, 'fr')).toEqual({ key: 'fr', bank: 2, active: 2 });
    expect(row(bank.byLanguage, 'en')).toEqual({ key: 'en', bank: 1, active: 0 });
    // B speaks English and Cree: she counts in both (C, who speaks Cree, is not in the bank).
    expect(row(bank.byLanguage, 'cr')).toEqual({ key: 'cr', bank: 1, active: 0 });
    // D's " Chibougamau " is trimmed and joins A; sorted by bank size.
    expect(bank.byCommunity).toEqual([
      { key: 'Chibougamau', bank: 2, active: 1 },
      { key: 'Chisasibi', bank: 1, active: 0 },
      { key: 'Mistissini', bank: 0, active: 1 },
    ]);
    expect(bank.bySector).toEqual([
      { key: 'mental_health_addiction', bank: 1, active: 1 },
      { key: 'oncology', bank: 1, active: 0 },
    ]);
  });

  it('committee seats make people active once the committees feature gives them', () => {
    // B holds a seat on c1 from February 2025.
    expect(computeIndicators(fullInputs, Y2025, AFTER).bank.active).toBe(3);
  });

  it('reads a history stored out of order the same way', () => {
    const shuffled = { ...coreInputs, partners: coreInputs.partners.map((p) => ({ ...p, history: [...p.history].reverse() })) };
    const a = computeIndicators(coreInputs, Y2025, AFTER);
    const b = computeIndicators(shuffled, Y2025, AFTER);
    expect(b.bank).toEqual(a.bank);
    expect(b.pipeline).toEqual(a.pipeline);
    expect(stepOn({ ...A, history: [...A.history].reverse() }, '2025-03-15')).toBe('in_bank');
  });

  it('a year still running is read on today', () => {
    // On 2025-03-10 A is only trained and F has not withdrawn yet: the bank is B, D and F.
    expect(computeIndicators(coreInputs, Y2025, '2025-03-10').bank.inBank).toBe(3);
  });
});

describe('pipeline', () => {
  const flow = computeIndicators(coreInputs, Y2025, AFTER).pipeline;
  const step = (s: string) => flow.find((f) => f.step === s);

  it('counts distinct people entering each step in the period', () => {
    expect(step('interest')?.entered).toBe(2); // A, C
    expect(step('first_contact')?.entered).toBe(2); // A, C
    expect(step('screening')?.entered).toBe(1); // A
    expect(step('in_bank')?.entered).toBe(1); // A (B's entry was in 2024; D has no history)
    expect(step('withdrawn')?.entered).toBe(1); // F
  });

  it('gives the median days spent in each step before the bank', () => {
    // interest: A 10 days (10→20 Jan), C 20 days (1→21 Nov): median 15.
    expect(step('interest')).toMatchObject({ medianDays: 15, left: 2 });
    expect(step('first_contact')).toMatchObject({ medianDays: 12, left: 1 }); // 20 Jan → 1 Feb
    expect(step('screening')).toMatchObject({ medianDays: 28, left: 1 }); // 1 Feb → 1 Mar
    expect(step('trained')).toMatchObject({ medianDays: 14, left: 1 }); // 1 → 15 Mar
    expect(step('preselected')).toMatchObject({ medianDays: null, left: 0 });
  });
});

describe('requests', () => {
  it('received, filled, cancelled and the time to a first mandate', () => {
    const r = computeIndicators(coreInputs, Y2025, AFTER).requests;
    // Received in 2025: r1, r3, r4 (r2 in December 2024; r5 deleted).
    expect(r.received).toBe(3);
    // Filled in 2025: r1 (20 March) and r2 (10 January).
    expect(r.filled).toBe(2);
    expect(r.cancelled).toBe(1);
    // r1: 1 → 20 March = 19 days (the cancelled m3 does not count); r2: 1 December → 10 January = 40 days.
    expect(r.withFirstMandate).toBe(2);
    expect(r.medianDaysToFirstMandate).toBe(29.5);
  });

  it('the previous year has only r2 received and nothing filled', () => {
    const { previous } = compareIndicators(coreInputs, Y2025, AFTER);
    expect(previous.requests).toMatchObject({ received: 1, filled: 0, withFirstMandate: 0, medianDaysToFirstMandate: null });
  });
});

describe('accompaniment', () => {
  it('steps planned in the period: on time, late, overdue', () => {
    const a = computeIndicators(coreInputs, Y2025, AFTER).accompaniment;
    // welcome_partner and survey_partner on time; prep_team done 10 days late; mid_partner
    // never done. end_partner is planned in 2026; m3's step is on a cancelled mandate.
    expect(a).toMatchObject({ onTime: 2, late: 1, overdue: 1, upcoming: 0 });
    expect(a.bySteps.find((s) => s.step === 'prep_team')).toMatchObject({ late: 1 });
  });

  it('a step whose date has not come yet is upcoming, not overdue', () => {
    expect(computeIndicators(coreInputs, Y2025, '2025-06-15').accompaniment).toMatchObject({ overdue: 0, upcoming: 1 });
  });
});

describe('over-solicitation', () => {
  it('uses the settings thresholds on the last day', () => {
    // A logged 30 + 35 = 65 hours in the 12 months to 2025-12-31 (the 50 hours of November 2024 fall out): ≥ 60.
    expect(computeIndicators(coreInputs, Y2025, AFTER).load).toMatchObject({ overSolicited: 1, inBank: 3 });
    const higher = { ...coreInputs, settings: { overloadMandates: 3, overloadHours: 100 } };
    expect(computeIndicators(higher, Y2025, AFTER).load.overSolicited).toBe(0);
  });

  it('a committee seat counts as a running mandate', () => {
    // Thresholds: 2 mandates. B has no mandate but a seat: 1. A's c3 term ended in June: 1. Nobody reaches 2.
    const two = { ...fullInputs, settings: { overloadMandates: 2, overloadHours: 1000 } };
    expect(computeIndicators(two, Y2025, AFTER).load.overSolicited).toBe(0);
    // On 2025-06-15 A has m1 and the c3 seat: 2.
    expect(computeIndicators(two, Y2025, '2025-06-15').load.overSolicited).toBe(1);
  });
});

describe('committees, trainings, surveys', () => {
  const full = computeIndicators(fullInputs, Y2025, AFTER);

  it('is "no data yet" (null) when the feature gives nothing, not zero', () => {
    const core = computeIndicators(coreInputs, Y2025, AFTER);
    expect(core.committees).toBeNull();
    expect(core.trainings).toBeNull();
    expect(core.surveys).toBeNull();
  });

  it('committee coverage, user safety first', () => {
    // On 2025-12-31: c1 has B; F left c2 in May; A's c3 term ended in June; c4 is deleted.
    expect(full.committees).toEqual({ committees: 3, covered: 1, userSafety: 2, userSafetyCovered: 1, seats: 4, seatsFilled: 1 });
  });

  it('trainings and information sessions with attendance', () => {
    // partners: A and D (2); staff: 12 others. Information: C + 20 others. The 2024 and deleted sessions do not count.
    expect(full.trainings).toMatchObject({ trainings: 2, trainingAttendance: 14, infoSessions: 1, infoAttendance: 21 });
  });

  it('survey responses and the share of favourable answers', () => {
    // i1: answers 5, 3, 4, 4 → 3 of 4 in the top two points (4–5) = 75 %.
    // i2 (out of 10): 9 and 7 → 1 of 2 in the top two points (9–10) = 50 %. All: 4 of 6 = 67 %.
    expect(full.surveys?.responses).toBe(4);
    expect(full.surveys?.favourable).toBe(67);
    expect(full.surveys?.byInstrument.map((r) => [r.instrumentId, r.responses, r.favourable])).toEqual([
      ['i1', 2, 75],
      ['i2', 2, 50],
    ]);
  });
});

describe('comparison, roll-up and definitions', () => {
  it('compares with the previous period', () => {
    const { current, previous } = compareIndicators(coreInputs, Y2025, AFTER);
    expect(current.period.from).toBe('2025-01-01');
    expect(previous.period.from).toBe('2024-01-01');
    // On 2024-12-31 the bank is B and F; A entered in 2025.
    expect(previous.bank.inBank).toBe(2);
    expect(current.bank.inBank).toBe(3);
  });

  it('indicators per office, sorted, each with its freshness', () => {
    const onlyC = { ...coreInputs, partners: [C] };
    const rows = indicatorsByOffice(
      [
        { establishment: 'CRSSS de la Baie-James', inputs: coreInputs, lastDataAt: '2026-06-01T10:00:00.000Z' },
        { establishment: 'CISSS de Laval', inputs: onlyC },
      ],
      Y2025,
      AFTER,
    );
    expect(rows.map((r) => [r.establishment, r.indicators.bank.inBank, r.lastDataAt])).toEqual([
      ['CISSS de Laval', 0, undefined],
      ['CRSSS de la Baie-James', 3, '2026-06-01T10:00:00.000Z'],
    ]);
    // All offices side by side. Laval's inputs keep the same requests (3 received, 2 filled in 2025)
    // but only C as a person: it adds requests and nobody in the bank or active.
    expect(officeTotals(rows)).toMatchObject({ offices: 2, inBank: 3, active: 2, requestsReceived: 6, requestsFilled: 4 });
  });

  it('every indicator has a definition in both languages', () => {
    for (const [id, d] of Object.entries(definitions)) {
      expect(d.fr.length, id).toBeGreaterThan(20);
      expect(d.en.length, id).toBeGreaterThan(20);
    }
  });
});
