import { z } from 'zod';
import { IsoDate } from '../model/base';
import { Language, Participation, UiLanguage } from '../model/enums';
import { MandateFields } from '../model/request';
import { OfficeSettingsFields } from '../model/settings';
import { GuideKey, PosterFields } from '../model/printables';

/**
 * What it takes to print, independent of the database: the renderer builds these with the
 * mapping functions and sends them over the bridge, so the main process never reads records.
 */
export const PrintOffice = OfficeSettingsFields.pick({
  establishment: true,
  officeName: true,
  coordinator: true,
  phone: true,
  email: true,
  address: true,
  primaryColor: true,
  accentColor: true,
  logo: true,
});
export type PrintOffice = z.infer<typeof PrintOffice>;

const line = (max: number) => z.string().trim().max(max);

export const PrintPartner = z.object({ displayName: line(170).min(1) });
export type PrintPartner = z.infer<typeof PrintPartner>;

/** The sheet prints in its own language, so the mandate's `language` field is not repeated. */
export const PrintMandate = MandateFields.omit({ language: true });
export type PrintMandate = z.infer<typeof PrintMandate>;

export const MandateSheetInput = z.object({
  language: UiLanguage,
  office: PrintOffice,
  partner: PrintPartner,
  request: z.object({ title: line(200).min(1), directorate: line(200).optional(), team: line(200).optional() }),
  mandate: PrintMandate,
  issuedOn: IsoDate,
});
export type MandateSheetInput = z.infer<typeof MandateSheetInput>;

export const PrintParticipation = z.object({
  title: line(200).min(1),
  role: line(200),
  startDate: IsoDate.optional(),
  endDate: IsoDate.optional(),
  hours: z.number().min(0).max(10000),
});
export type PrintParticipation = z.infer<typeof PrintParticipation>;

export const AttestationInput = z.object({
  language: UiLanguage,
  office: PrintOffice,
  partner: PrintPartner,
  participations: z.array(PrintParticipation).min(1).max(500),
  totalHours: z.number().min(0).max(100000),
  issuedOn: IsoDate,
});
export type AttestationInput = z.infer<typeof AttestationInput>;

/** A poster to print or turn into an image: its fields and the office's identity. */
export const PosterInput = PosterFields.extend({ office: PrintOffice });
export type PosterInput = z.infer<typeof PosterInput>;

/** The recruitment notice sent to the users' committee: a request's profile, with labels already in the notice's language. */
export const NoticeInput = z.object({
  language: UiLanguage,
  office: PrintOffice,
  request: z.object({
    title: line(200).min(1),
    directorate: line(200).optional(),
    team: line(200).optional(),
    level: line(200).optional(),
    context: line(200).optional(),
    sectors: z.array(line(200)).max(40),
    trajectories: z.array(line(200)).max(40),
    languages: z.array(Language).max(10),
    community: line(120).optional(),
    remoteOk: z.boolean(),
    seats: z.number().int().min(1).max(50),
    startDate: IsoDate.optional(),
    endDate: IsoDate.optional(),
    frequency: line(200).optional(),
    formats: z.array(Participation).max(3),
    hoursExpected: z.number().min(0).max(2000).optional(),
    compensation: line(300).optional(),
  }),
  answerBy: IsoDate.optional(),
  issuedOn: IsoDate,
});
export type NoticeInput = z.infer<typeof NoticeInput>;

/** A guide or leaflet as the coordinator left it (or the original), to print with the office's identity. */
export const GuideInput = z.object({
  language: UiLanguage,
  office: PrintOffice,
  guide: GuideKey,
  title: line(200).min(1),
  body: z.string().max(40_000),
});
export type GuideInput = z.infer<typeof GuideInput>;
