import { aggregate, builtInInstruments, coverage, followUpReminders, termsEnding } from '../../shared/logic';
import type { CommitteeMember, Mandate, SurveyInstrument, SurveyResponse } from '../../shared/model';
import { median, timeIt, type BenchRow } from '../types';

const TODAY = '2026-06-15';
const RESPONSES = 10_000;
const SEATS = 5_000;
const MANDATES = 5_000;
const TARGET_MS = 50;

const meta = (id: string) => ({
  id,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  deviceId: 'bench',
  stamp: `0000000000001-0000-${id}`,
});
const day = (i: number) => `2025-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;

/** Invented data at the scale of a large office over several years. */
const data = () => {
  const b = builtInInstruments().find((x) => x.builtIn === 'post_partner')!;
  const instrument = { ...meta(b.id), ...b, journal: [] } as SurveyInstrument;
  const responses: SurveyResponse[] = Array.from({ length: RESPONSES }, (_, i) => ({
    ...meta(`R${i}`),
    instrumentId: b.id,
    date: day(i),
    mode: 'paper',
    mandateId: `M${i % MANDATES}`,
    answers: {
      overall: (i % 5) + 1,
      heard: ((i * 7) % 5) + 1,
      informed: 4,
      supported: 5,
      again: i % 3 ? 'yes' : 'maybe',
      better: i % 10 ? '' : 'Plus de temps',
    },
  }));
  const seats: (CommitteeMember & { id: string })[] = Array.from({ length: SEATS }, (_, i) => ({
    ...meta(`S${i}`),
    committeeId: `C${i % 500}`,
    partnerId: `P${i % 3000}`,
    termStart: day(i),
    termEnd: i % 4 ? `2027-0${(i % 9) + 1}-01` : undefined,
  }));
  const committees = Array.from({ length: 500 }, (_, i) => ({ id: `C${i}`, type: i % 3 ? ('quality' as const) : ('user_safety' as const), seats: 2 }));
  const mandates = Array.from({ length: MANDATES }, (_, i) => ({
    id: `M${i}`,
    partnerId: `P${i % 3000}`,
    requestId: `Q${i % 400}`,
    status: (i % 5 ? 'active' : 'ended') as Mandate['status'],
    startDate: day(i),
    endDate: i % 2 ? `2026-0${(i % 5) + 1}-15` : undefined,
    steps: [],
  }));
  return { instrument, responses, seats, committees, mandates };
};

export async function run(): Promise<BenchRow[]> {
  const d = data();
  // Baseline: one pass summing a single question, the least any per-question count costs.
  const raw = median(await timeIt(() => d.responses.reduce((s, r) => s + (typeof r.answers.overall === 'number' ? r.answers.overall : 0), 0), 9));
  const agg = median(await timeIt(() => aggregate(d.instrument, d.responses), 9));
  const cov = median(await timeIt(() => [coverage(d.committees, d.seats, TODAY), termsEnding(d.seats, TODAY, 60)], 9));
  const rem = median(await timeIt(() => followUpReminders({ mandates: d.mandates, seats: d.seats, responses: d.responses }, TODAY), 9));
  return [
    {
      name: `Survey results, ${RESPONSES.toLocaleString('en')} responses × 6 questions`,
      medianMs: agg,
      baselineName: 'one pass summing one question',
      baselineMedianMs: raw,
      target: `≤ ${TARGET_MS} ms`,
      met: agg <= TARGET_MS,
    },
    { name: `Committee coverage + terms ending, ${SEATS.toLocaleString('en')} seats`, medianMs: cov, target: `≤ ${TARGET_MS} ms`, met: cov <= TARGET_MS },
    {
      name: `Follow-up reminders, ${MANDATES.toLocaleString('en')} mandates + ${SEATS.toLocaleString('en')} seats + ${RESPONSES.toLocaleString('en')} answers`,
      medianMs: rem,
      target: `≤ ${TARGET_MS} ms`,
      met: rem <= TARGET_MS,
    },
  ];
}
