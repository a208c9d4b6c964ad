import { z } from 'zod';
import { RecordBase } from './base';
import { UiLanguage } from './enums';

/** Languages a poster prints in; bilingual puts French and English side by side. */
export const PosterLanguage = z.enum(['fr', 'en', 'bilingual']);
export type PosterLanguage = z.infer<typeof PosterLanguage>;

/** Portrait paper sizes the offices pin on walls. */
export const PaperSize = z.enum(['letter', 'tabloid']);
export type PaperSize = z.infer<typeof PaperSize>;

const text = (max: number) => z.string().trim().max(max).default('');

/** What a poster says in one language. Lists are one item per line. */
export const PosterText = z.object({
  title: text(120),
  callToAction: text(400),
  examples: text(1200),
  eligibility: text(800),
  contact: text(400),
});
export type PosterText = z.infer<typeof PosterText>;

export const PosterFields = z.object({
  name: z.string().trim().min(1).max(120),
  language: PosterLanguage.default('fr'),
  paper: PaperSize.default('letter'),
  fr: PosterText,
  en: PosterText,
  /** A line the coordinator types in Cree or Inuktitut syllabics (or any script), printed as typed. */
  syllabics: text(200),
  /** Phone number, e-mail or web address turned into a QR code. */
  qr: text(300),
});
export type PosterFields = z.infer<typeof PosterFields>;

export const Poster = RecordBase.extend(PosterFields.shape);
export type Poster = z.infer<typeof Poster>;

/** The guides and leaflets the office prints, each an editable template per language. */
export const GuideKey = z.enum(['what_is_partner', 'three_roles', 'your_role', 'companion_leaflet', 'welcome_checklist', 'first_contact']);
export type GuideKey = z.infer<typeof GuideKey>;

/** Markdown text kept for one guide in one language; no record means the original is used. */
export const GuideFields = z.object({
  guide: GuideKey,
  language: UiLanguage,
  title: z.string().trim().min(1).max(200),
  body: z.string().max(40_000),
});
export type GuideFields = z.infer<typeof GuideFields>;

export const GuideTemplate = RecordBase.extend(GuideFields.shape);
export type GuideTemplate = z.infer<typeof GuideTemplate>;

/** One record per guide and language, so two laptops editing the same guide meet on one id. */
export const guideRecordId = (guide: GuideKey, language: UiLanguage): string => `guide-${guide}-${language}`;
