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

/** Length limits of the profile's text fields: the schema enforces them, the form states them. */
export const PARTNER_LIMITS = {
  firstName: 80,
  lastName: 80,
  title: 40,
  phone: 40,
  email: 200,
  address: 300,
  community: 120,
  languageOther: 60,
  availabilityNote: 500,
  listItem: 200,
  notes: 5000,
  dualRoleNote: 300,
} as const;
const L = PARTNER_LIMITS;

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
  firstName: text(L.firstName),
  lastName: text(L.lastName),
  title: text(L.title).optional(),
  phone: text(L.phone).optional(),
  email: z.union([z.literal(''), z.string().trim().email().max(L.email)]).optional(),
  address: text(L.address).optional(),
  community: text(L.community).optional(),
  /** The preferred language (written to, asked first). */
  language: Language.default('fr'),
  /**
   * Every language the person speaks, the preferred one included (bundle format 1.1,
   * schema v3). Older records and bundles have only `language`: read them through
   * `spokenLanguages`.
   */
  languages: z.array(Language).max(5).default([]),
  languageOther: text(L.languageOther).optional(),
  interpreter: z.boolean().default(false),
  participation: z.array(Participation).default([]),
  availabilityNote: text(L.availabilityNote).optional(),
  availability: z.array(AvailabilitySlot).default([]),
  caregiver: z.boolean().default(false),
  sectors: z.array(text(L.listItem)).default([]),
  trajectories: z.array(text(L.listItem)).default([]),
  roles: z.array(Role).default([]),
  levels: z.array(Level).default([]),
  trainings: z.array(Training).default([]),
  notes: text(L.notes).optional(),
  consents: z.partialRecord(ConsentKind, Consent).default({}),
  sharedExperiences: z.array(text(L.listItem)).default([]),
  source: InterestSource.optional(),
  dualRoles: z.array(DualRole).default([]),
  dualRoleNote: text(L.dualRoleNote).optional(),
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

/** Every language a person speaks, the preferred one first, whatever the record's age. */
export const spokenLanguages = (p: { language: Language; languages?: readonly Language[] | undefined }): Language[] => [
  p.language,
  ...(p.languages ?? []).filter((l) => l !== p.language),
];

export const partnerDisplayName = (p: Pick<Partner, 'firstName' | 'lastName'>): string => `${p.firstName} ${p.lastName}`.trim();
