import { z } from 'zod';
import { RecordBase } from './base';

const hex = z.string().regex(/^#[0-9a-fA-F]{6}$/);

export const OfficeSettingsFields = z.object({
  establishment: z.string().max(200).default(''),
  officeName: z.string().trim().max(200).default(''),
  coordinator: z.string().trim().max(120).default(''),
  phone: z.string().trim().max(40).default(''),
  email: z.string().trim().max(200).default(''),
  address: z.string().trim().max(300).default(''),
  primaryColor: hex.default('#1f5f8b'),
  accentColor: hex.default('#e07a1f'),
  /** Over-solicitation thresholds for the bank's built-in view and matching penalties. */
  overloadMandates: z.number().int().min(1).max(20).default(3),
  overloadHours: z.number().min(1).max(2000).default(60),
  followUpMonths: z.number().int().min(1).max(36).default(6),
});
export type OfficeSettingsFields = z.infer<typeof OfficeSettingsFields>;

export const OfficeSettings = RecordBase.extend(OfficeSettingsFields.shape);
export type OfficeSettings = z.infer<typeof OfficeSettings>;

export const defaultOfficeSettings = (): OfficeSettingsFields => OfficeSettingsFields.parse({});

