import { z } from 'zod';
import { IsoDate } from '../model/base';
import { UiLanguage } from '../model/enums';
import { answerText, sourceText, type PortraitItem } from '../logic/indicators/portrait';
import type { PortraitAnswers } from '../model/year-report';
import { otherAnswers } from '../logic/indicators/portrait';
import type { OfficeSettingsFields } from '../model/settings';
import { printOfficeFrom } from './mapping';
import { PrintOffice } from './schemas';

const line = (max: number) => z.string().trim().max(max);

/** The portrait's answers as printed: already in words, each with its source. */
export const PortraitPdfInput = z.object({
  language: UiLanguage,
  office: PrintOffice,
  year: z.number().int().min(2000).max(2100),
  parts: z
    .array(
      z.object({
        title: line(200),
        rows: z.array(z.object({ number: line(10), question: line(300), answer: line(4000), source: line(100), derivation: line(600).optional() })).max(40),
      }),
    )
    .max(6),
  issuedOn: IsoDate,
});
export type PortraitPdfInput = z.infer<typeof PortraitPdfInput>;

const PARTS: Record<PortraitItem['part'], { fr: string; en: string }> = {
  general: { fr: 'Informations générales', en: 'General information' },
  infrastructure: { fr: 'Infrastructures et ressources', en: 'Infrastructure and resources' },
  activities: { fr: 'Principaux mandats et activités', en: 'Main mandates and activities' },
  open: { fr: 'Forces, défis et commentaires', en: 'Strengths, challenges and comments' },
};

export const portraitPartTitle = (part: PortraitItem['part'], lang: UiLanguage): string => PARTS[part][lang];

export function portraitPdfInputFrom(
  settings: OfficeSettingsFields,
  items: readonly PortraitItem[],
  answers: PortraitAnswers,
  year: number,
  language: UiLanguage,
  today: IsoDate,
): PortraitPdfInput {
  const extra = otherAnswers(answers);
  const parts = (Object.keys(PARTS) as PortraitItem['part'][]).map((part) => ({
    title: PARTS[part][language],
    rows: items
      .filter((i) => i.part === part)
      .map((i) => ({
        number: i.number,
        question: i.question[language],
        answer: answerText(i, language, extra),
        source: sourceText(i.source, language),
        ...(i.derivation ? { derivation: i.derivation[language] } : {}),
      })),
  }));
  return { language, office: printOfficeFrom(settings), year, parts, issuedOn: today };
}
