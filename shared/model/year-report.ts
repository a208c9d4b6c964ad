import { z } from 'zod';
import { RecordBase } from './base';

const text = (max: number) => z.string().trim().max(max);
const ids = z.array(z.string().min(1).max(60)).max(40);

/**
 * What the coordinator writes for a year: the annual report's highlights and challenges,
 * and the answers to the provincial portrait that the data cannot give (Annexe 2 of the
 * 2024 portrait). Answers the data gives are computed, never stored; a multiple choice the
 * coordinator corrected by hand is stored as an override of the computed suggestion.
 */
export const PortraitAnswers = z.object({
  directorates: ids.default([]),
  directorateOther: text(200).default(''),
  serviceNames: text(500).default(''),
  yearsOperating: z.string().max(40).default(''),
  budgetRange: z.string().max(40).default(''),
  staffCount: z.number().int().min(0).max(200).optional(),
  fte: z.number().min(0).max(200).optional(),
  fundingSources: ids.default([]),
  fundingOther: text(200).default(''),
  /** Multiple choices corrected by hand, by question id; absent: the computed suggestion stands. */
  overrides: z.record(z.string().max(40), ids).default({}),
  otherServices: text(200).default(''),
  msssShared: text(1500).default(''),
  usersCommittee: text(1500).default(''),
  strengths: text(1500).default(''),
  challenges: text(1500).default(''),
  comments: text(3000).default(''),
});
export type PortraitAnswers = z.infer<typeof PortraitAnswers>;

export const YearReportFields = z.object({
  year: z.number().int().min(2000).max(2100),
  highlights: text(10000).default(''),
  challenges: text(10000).default(''),
  portrait: PortraitAnswers.default(PortraitAnswers.parse({})),
});
export type YearReportFields = z.infer<typeof YearReportFields>;

export const YearReport = RecordBase.extend(YearReportFields.shape);
export type YearReport = z.infer<typeof YearReport>;

/** One record per year, with a fixed id, so two laptops sharing a bank never make two copies. */
export const yearReportId = (year: number): string => `yearreport-${year}`;
