import { z } from 'zod';
import { IsoDate, RecordBase } from './base';
import { AccompanimentStepId } from './enums';
import { Journal } from './journal';

const text = (max: number) => z.string().trim().max(max);

/** Every instrument is written in both languages, side by side; a side may be empty while drafting. */
export const Bilingual = z.object({ fr: text(1000), en: text(1000) });
export type Bilingual = z.infer<typeof Bilingual>;

/** The built-in instruments, from the seeds' practice. Their ids are fixed so two laptops never make two copies. */
export const BuiltInInstrument = z.enum(['post_partner', 'post_team', 'training', 'involvement']);
export type BuiltInInstrument = z.infer<typeof BuiltInInstrument>;

export const InstrumentAudience = z.enum(['partner', 'team', 'attendee']);
export type InstrumentAudience = z.infer<typeof InstrumentAudience>;

export const QuestionKind = z.enum(['scale', 'choice', 'text']);
export type QuestionKind = z.infer<typeof QuestionKind>;

export const ChoiceOption = z.object({ id: z.string().min(1).max(40), label: Bilingual });
export type ChoiceOption = z.infer<typeof ChoiceOption>;

export const Question = z.object({
  id: z.string().min(1).max(40),
  kind: QuestionKind,
  label: Bilingual,
  required: z.boolean().default(false),
  /** Scale: 1..scaleMax, with words for both ends. */
  scaleMax: z.number().int().min(2).max(10).optional(),
  scaleMin: Bilingual.optional(),
  scaleMaxLabel: Bilingual.optional(),
  /** Choice: one answer among these. */
  options: z.array(ChoiceOption).max(20).optional(),
});
export type Question = z.infer<typeof Question>;

export const InstrumentFields = z.object({
  title: Bilingual,
  audience: InstrumentAudience,
  intro: Bilingual.optional(),
  questions: z.array(Question).min(1).max(60),
  archived: z.boolean().default(false),
});
export type InstrumentFields = z.infer<typeof InstrumentFields>;

export const SurveyInstrument = RecordBase.extend(InstrumentFields.shape).extend({
  builtIn: BuiltInInstrument.optional(),
  journal: Journal,
});
export type SurveyInstrument = z.infer<typeof SurveyInstrument>;

/** How the answers reached the laptop. */
export const AnswerMode = z.enum(['kiosk', 'phone', 'paper', 'in_person']);
export type AnswerMode = z.infer<typeof AnswerMode>;

/** One answer: a scale point, an option id, or free text. */
export const Answer = z.union([z.number().int().min(0).max(10), text(4000)]);
export type Answer = z.infer<typeof Answer>;

export const SurveyResponse = RecordBase.extend({
  instrumentId: z.string().min(1).max(40),
  date: IsoDate,
  mode: AnswerMode,
  /** What the answers are about; all optional (a team's answer names nobody). */
  partnerId: z.string().min(1).max(40).optional(),
  mandateId: z.string().min(1).max(40).optional(),
  stepId: AccompanimentStepId.optional(),
  sessionId: z.string().min(1).max(40).optional(),
  committeeMemberId: z.string().min(1).max(40).optional(),
  answers: z.record(z.string().min(1).max(40), Answer),
});
export type SurveyResponse = z.infer<typeof SurveyResponse>;

export const builtInId = (b: BuiltInInstrument): string => `builtin-${b.replace('_', '-')}`;
