/**
 * Survey answers and their aggregation per question. Pure: the survey screen, the
 * mandate and the indicators (#13) count the same way.
 */
import type { Answer, Question, SurveyInstrument, SurveyResponse } from '../model';

export type QuestionResult =
  | { kind: 'scale'; questionId: string; answered: number; max: number; counts: number[]; mean: number | null }
  | { kind: 'choice'; questionId: string; answered: number; counts: Record<string, number> }
  | { kind: 'text'; questionId: string; answered: number; texts: string[] };

export interface SurveyResults {
  instrumentId: string;
  responses: number;
  questions: QuestionResult[];
}

const DEFAULT_SCALE = 5;
export const scaleMaxOf = (q: Pick<Question, 'scaleMax'>): number => q.scaleMax ?? DEFAULT_SCALE;

/** Is this a usable answer to that question? Out-of-range points and unknown options are not. */
export const validAnswer = (q: Question, a: Answer | undefined): boolean => {
  if (a === undefined) return false;
  switch (q.kind) {
    case 'scale':
      return typeof a === 'number' && a >= 1 && a <= scaleMaxOf(q);
    case 'choice':
      return typeof a === 'string' && (q.options ?? []).some((o) => o.id === a);
    case 'text':
      return typeof a === 'string' && a.trim() !== '';
  }
};

/** Required questions left unanswered, in order: what a form shows before saving. */
export const missingRequired = (instrument: Pick<SurveyInstrument, 'questions'>, answers: Record<string, Answer>): string[] =>
  instrument.questions.filter((q) => q.required && !validAnswer(q, answers[q.id])).map((q) => q.id);

/** Keeps only answers that fit the instrument (a question removed since, a blank text). */
export const cleanAnswers = (instrument: Pick<SurveyInstrument, 'questions'>, answers: Record<string, Answer>): Record<string, Answer> => {
  const out: Record<string, Answer> = {};
  for (const q of instrument.questions) {
    const a = answers[q.id];
    if (validAnswer(q, a)) out[q.id] = typeof a === 'string' ? a.trim() : (a as number);
  }
  return out;
};

/**
 * Counts per question over the instrument's live responses. Scale: how many chose each
 * point (index 0 is point 1) and the mean; choice: how many chose each option (every
 * option listed, zero included); text: the answers themselves. Answers that no longer fit
 * the question are left out of its count.
 */
export const aggregate = (
  instrument: Pick<SurveyInstrument, 'id' | 'questions'>,
  responses: readonly Pick<SurveyResponse, 'instrumentId' | 'answers' | 'deleted'>[],
): SurveyResults => {
  // One accumulator per question, filled in a single pass over the responses.
  const acc = instrument.questions.map((q) => ({
    q,
    max: scaleMaxOf(q),
    options: new Set((q.options ?? []).map((o) => o.id)),
    answered: 0,
    sum: 0,
    points: q.kind === 'scale' ? Array.from({ length: scaleMaxOf(q) }, () => 0) : [],
    choices: Object.fromEntries((q.options ?? []).map((o) => [o.id, 0])) as Record<string, number>,
    texts: [] as string[],
  }));
  let count = 0;
  for (const r of responses) {
    if (r.deleted || r.instrumentId !== instrument.id) continue;
    count++;
    for (const a of acc) {
      const v = r.answers[a.q.id];
      if (v === undefined) continue;
      if (a.q.kind === 'scale') {
        if (typeof v !== 'number' || v < 1 || v > a.max) continue;
        a.points[v - 1]! += 1;
        a.sum += v;
      } else if (a.q.kind === 'choice') {
        if (typeof v !== 'string' || !a.options.has(v)) continue;
        a.choices[v] = (a.choices[v] ?? 0) + 1;
      } else {
        const text = typeof v === 'string' ? v.trim() : '';
        if (text === '') continue;
        a.texts.push(text);
      }
      a.answered++;
    }
  }
  const questions = acc.map((a): QuestionResult => {
    switch (a.q.kind) {
      case 'scale':
        return { kind: 'scale', questionId: a.q.id, answered: a.answered, max: a.max, counts: a.points, mean: a.answered ? a.sum / a.answered : null };
      case 'choice':
        return { kind: 'choice', questionId: a.q.id, answered: a.answered, counts: a.choices };
      case 'text':
        return { kind: 'text', questionId: a.q.id, answered: a.answered, texts: a.texts };
    }
  });
  return { instrumentId: instrument.id, responses: count, questions };
};
