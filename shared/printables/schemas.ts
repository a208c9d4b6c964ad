import { z } from 'zod';
import { IsoDate } from '../model/base';
import { UiLanguage } from '../model/enums';
import { MandateFields } from '../model/request';
import { OfficeSettingsFields } from '../model/settings';
import { PosterFields } from '../model/printables';

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
