import { z } from 'zod';
import { IsoDate, IsoInstant, RecordBase } from './base';
import {
  ConsentKind,
  ContactChannel,
  ConsentMethod,
  DayPeriod,
  DualRole,
  InterestSource,
  Language,
  Level,
  Participation,
  PipelineStep,
  Role,
  Weekday,
} from './enums';

const text = (max: number) => z.string().trim().max(max);

export const Consent = z.object({
  given: z.boolean(),
  date: IsoDate,
  method: ConsentMethod,
  expires: IsoDate.optional(),
});
export type Consent = z.infer<typeof Consent>;

export const PipelineEvent = z.object({
  at: IsoInstant,
  from: PipelineStep.optional(),
  to: PipelineStep,
  reason: text(500).optional(),
  by: text(120).optional(),
});
export type PipelineEvent = z.infer<typeof PipelineEvent>;

export const Training = z.object({ title: text(200).min(1), date: IsoDate });
export type Training = z.infer<typeof Training>;

export const AvailabilitySlot = z.object({ day: Weekday, period: DayPeriod });
export type AvailabilitySlot = z.infer<typeof AvailabilitySlot>;

/**
 * What the profile form edits. Only a name is required: a half-filled profile is kept as
 * a draft (`draft: true`) rather than refused.
 */
export const PartnerFields = z.object({
  draft: z.boolean().default(false),
  firstName: text(80),
  lastName: text(80),
  title: text(40).optional(),
  phone: text(40).optional(),
  email: z.union([z.literal(''), z.string().trim().email().max(200)]).optional(),
  address: text(300).optional(),
  community: text(120).optional(),
  language: Language.default('fr'),
  languageOther: text(60).optional(),
  interpreter: z.boolean().default(false),
  participation: z.array(Participation).default([]),
  availabilityNote: text(500).optional(),
  availability: z.array(AvailabilitySlot).default([]),
  caregiver: z.boolean().default(false),
  sectors: z.array(text(200)).default([]),
  trajectories: z.array(text(200)).default([]),
  roles: z.array(Role).default([]),
  levels: z.array(Level).default([]),
  trainings: z.array(Training).default([]),
  notes: text(5000).optional(),
  consents: z.partialRecord(ConsentKind, Consent).default({}),
  sharedExperiences: z.array(text(200)).default([]),
  source: InterestSource.optional(),
  dualRoles: z.array(DualRole).default([]),
  dualRoleNote: text(300).optional(),
});
export type PartnerFields = z.infer<typeof PartnerFields>;

export const Partner = RecordBase.extend(PartnerFields.shape).extend({
  step: PipelineStep,
  history: z.array(PipelineEvent),
  inactiveReason: text(300).optional(),
  archived: z.boolean().default(false),
  /** Derived from the contact log when an entry is saved; never typed by the user. */
  lastContactAt: IsoDate.optional(),
  nextStepAt: IsoDate.optional(),
  /** Set when personal data was removed on a consent withdrawal, keeping counts honest. */
  anonymised: z.boolean().optional(),
  /** The information or recruitment session that brought this person in, if any. */
  sourceSessionId: z.string().min(1).max(40).optional(),
});
export type Partner = z.infer<typeof Partner>;

export const ContactEntry = RecordBase.extend({
  partnerId: z.string(),
  date: IsoDate,
  channel: ContactChannel,
  summary: text(2000),
  nextStepAt: IsoDate.optional(),
});
export type ContactEntry = z.infer<typeof ContactEntry>;

export const partnerDisplayName = (p: Pick<Partner, 'firstName' | 'lastName'>): string =>
  `${p.firstName} ${p.lastName}`.trim();
