import { z } from 'zod';
import { RecordBase } from './base';

const hex = z.string().regex(/^#[0-9a-fA-F]{6}$/);

/** Largest stored logo, in base64 characters (about 2.2 MB of image). */
export const LOGO_MAX_BASE64 = 3_000_000;

/**
 * The office's logo as it is kept: always a raster the PDF and image makers can draw (an
 * SVG is rasterised when picked), already scaled down to at most LOGO_MAX_SIDE pixels.
 */
export const OfficeLogo = z.object({
  mime: z.enum(['image/png', 'image/jpeg']),
  base64: z
    .string()
    .max(LOGO_MAX_BASE64)
    .regex(/^[A-Za-z0-9+/]+={0,2}$/),
  width: z.number().int().min(1).max(4000),
  height: z.number().int().min(1).max(4000),
});
export type OfficeLogo = z.infer<typeof OfficeLogo>;

export const OfficeSettingsFields = z.object({
  establishment: z.string().max(200).default(''),
  officeName: z.string().trim().max(200).default(''),
  coordinator: z.string().trim().max(120).default(''),
  phone: z.string().trim().max(40).default(''),
  email: z.string().trim().max(200).default(''),
  address: z.string().trim().max(300).default(''),
  primaryColor: hex.default('#1f5f8b'),
  accentColor: hex.default('#e07a1f'),
  logo: OfficeLogo.optional(),
  /** Over-solicitation thresholds for the bank's built-in view and matching penalties. */
  overloadMandates: z.number().int().min(1).max(20).default(3),
  overloadHours: z.number().min(1).max(2000).default(60),
  followUpMonths: z.number().int().min(1).max(36).default(6),
});
export type OfficeSettingsFields = z.infer<typeof OfficeSettingsFields>;

export const OfficeSettings = RecordBase.extend(OfficeSettingsFields.shape);
export type OfficeSettings = z.infer<typeof OfficeSettings>;

export const defaultOfficeSettings = (): OfficeSettingsFields => OfficeSettingsFields.parse({});
