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
  const mine = responses.filter((r) => !r.deleted && r.instrumentId === instrument.id);
  const questions = instrument.questions.map((q): QuestionResult => {
    const answers = mine.map((r) => r.answers[q.id]).filter((a) => validAnswer(q, a)) as Answer[];
    switch (q.kind) {
      case 'scale': {
        const max = scaleMaxOf(q);
        const counts = Array.from({ length: max }, () => 0);
        let sum = 0;
        for (const a of answers as number[]) {
          counts[a - 1]! += 1;
          sum += a;
        }
        return { kind: 'scale', questionId: q.id, answered: answers.length, max, counts, mean: answers.length ? sum / answers.length : null };
      }
      case 'choice': {
        const counts: Record<string, number> = {};
        for (const o of q.options ?? []) counts[o.id] = 0;
        for (const a of answers as string[]) counts[a] = (counts[a] ?? 0) + 1;
        return { kind: 'choice', questionId: q.id, answered: answers.length, counts };
      }
      case 'text':
        return { kind: 'text', questionId: q.id, answered: answers.length, texts: (answers as string[]).map((a) => a.trim()) };
    }
  });
  return { instrumentId: instrument.id, responses: mine.length, questions };
};
