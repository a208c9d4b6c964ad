import { z } from 'zod';
import { IsoDate } from '../model/base';
import { RequestStatus, UiLanguage } from '../model/enums';
import { PrintOffice } from './schemas';

/**
 * The annual report (bilan annuel) as sent to the main process: the indicator sections the
 * screen shows (already worded in the report's language, see shared/charts/sections.ts),
 * the year's projects, and the coordinator's highlights and challenges. No person's name.
 */
const line = (max: number) => z.string().trim().max(max);

export const ChartSpecSchema = z.object({
  id: line(40),
  title: line(200),
  categories: z.array(line(300)).max(60),
  series: z.array(line(80)).min(1).max(3),
  values: z.array(z.array(z.number().min(0).max(1e7)).max(3)).max(60),
});

export const FigureSchema = z.object({
  id: line(40),
  label: line(200),
  current: z.number().min(0).max(1e7).nullable(),
  previous: z.number().min(0).max(1e7).nullable(),
  unit: line(20).optional(),
  help: line(600).optional(),
});

export const SectionSchema = z.object({
  id: line(40),
  title: line(200),
  help: z.array(line(600)).max(12),
  figures: z.array(FigureSchema).max(12),
  charts: z.array(ChartSpecSchema).max(8),
  noData: line(400).optional(),
});

export const ReportProject = z.object({
  title: line(200).min(1),
  directorate: line(200).optional(),
  status: RequestStatus,
  receivedAt: IsoDate,
  mandates: z.number().int().min(0).max(1000),
  hours: z.number().min(0).max(100000),
});
export type ReportProject = z.infer<typeof ReportProject>;

export const AnnualReportInput = z.object({
  language: UiLanguage,
  office: PrintOffice,
  year: z.number().int().min(2000).max(2100),
  periodLabel: line(100),
  previousLabel: line(100),
  sections: z.array(SectionSchema).max(12),
  projects: z.array(ReportProject).max(2000),
  highlights: line(10000),
  challenges: line(10000),
  issuedOn: IsoDate,
});
export type AnnualReportInput = z.infer<typeof AnnualReportInput>;
