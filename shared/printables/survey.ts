import { z } from 'zod';
import { IsoDate } from '../model/base';
import { UiLanguage } from '../model/enums';
import type { Bilingual, SurveyInstrument } from '../model/survey';
import { PrintOffice } from './schemas';

const line = (max: number) => z.string().trim().max(max);

/** One question as printed: already in the document's language. */
export const PrintQuestion = z.object({
  kind: z.enum(['scale', 'choice', 'text']),
  label: line(1000).min(1),
  required: z.boolean(),
  scaleMax: z.number().int().min(2).max(10).optional(),
  low: line(1000).optional(),
  high: line(1000).optional(),
  options: z.array(line(1000)).max(20).optional(),
});
export type PrintQuestion = z.infer<typeof PrintQuestion>;

/** A blank copy of a survey for paper answers, typed back in later. */
export const SurveyBlankInput = z.object({
  language: UiLanguage,
  office: PrintOffice,
  title: line(1000).min(1),
  intro: line(1000).optional(),
  questions: z.array(PrintQuestion).min(1).max(60),
  issuedOn: IsoDate,
});
export type SurveyBlankInput = z.infer<typeof SurveyBlankInput>;

const pick = (b: Bilingual | undefined, lang: UiLanguage): string => (b ? b[lang] || b[lang === 'fr' ? 'en' : 'fr'] : '');

export const surveyBlankInputFrom = (
  instrument: Pick<SurveyInstrument, 'title' | 'intro' | 'questions'>,
  language: UiLanguage,
  office: PrintOffice,
  issuedOn: IsoDate,
): SurveyBlankInput => ({
  language,
  office,
  title: pick(instrument.title, language),
  intro: pick(instrument.intro, language) || undefined,
  questions: instrument.questions.map((q) => ({
    kind: q.kind,
    label: pick(q.label, language),
    required: q.required,
    scaleMax: q.kind === 'scale' ? (q.scaleMax ?? 5) : undefined,
    low: q.kind === 'scale' ? pick(q.scaleMin, language) || undefined : undefined,
    high: q.kind === 'scale' ? pick(q.scaleMaxLabel, language) || undefined : undefined,
    options: q.kind === 'choice' ? (q.options ?? []).map((o) => pick(o.label, language)) : undefined,
  })),
  issuedOn,
});
