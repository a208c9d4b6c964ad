import { z } from 'zod';
import { IsoDate, IsoInstant, RecordBase } from './base';
import { AccompanimentStepId, CandidacyStatus, Context, ExpenseKind, Language, Level, Participation, RequestStatus, UiLanguage } from './enums';

const text = (max: number) => z.string().trim().max(max);

/** Length limits the request form states next to its fields (the schema enforces them). */
export const REQUEST_LIMITS = {
  refName: 120,
  refRole: 120,
  refPhone: 40,
  refEmail: 200,
  title: 200,
  directorate: 200,
  team: 200,
  community: 120,
  frequency: 200,
  compensation: 300,
  notes: 5000,
} as const;
const R = REQUEST_LIMITS;

export const ReferencePerson = z.object({
  name: text(R.refName),
  role: text(R.refRole).optional(),
  phone: text(R.refPhone).optional(),
  email: text(R.refEmail).optional(),
});
export type ReferencePerson = z.infer<typeof ReferencePerson>;

export const RequestFields = z.object({
  title: text(R.title).min(1),
  directorate: text(R.directorate).optional(),
  team: text(R.team).optional(),
  reference: ReferencePerson.default({ name: '' }),
  level: Level.optional(),
  context: Context.optional(),
  sectors: z.array(text(200)).default([]),
  trajectories: z.array(text(200)).default([]),
  languages: z.array(Language).default([]),
  community: text(R.community).optional(),
  remoteOk: z.boolean().default(true),
  seats: z.number().int().min(1).max(50).default(1),
  startDate: IsoDate.optional(),
  endDate: IsoDate.optional(),
  frequency: text(R.frequency).optional(),
  formats: z.array(Participation).default([]),
  hoursExpected: z.number().min(0).max(2000).optional(),
  compensation: text(R.compensation).optional(),
  notes: text(R.notes).optional(),
});
export type RequestFields = z.infer<typeof RequestFields>;

export const Readiness = z.object({
  prepMeetingHeld: z.boolean().default(false),
  roleDefined: z.boolean().default(false),
  referenceNamed: z.boolean().default(false),
});
export type Readiness = z.infer<typeof Readiness>;

export const RequestStatusEvent = z.object({ at: IsoInstant, to: RequestStatus, note: text(500).optional() });

export const PartnerRequest = RecordBase.extend(RequestFields.shape).extend({
  status: RequestStatus,
  statusHistory: z.array(RequestStatusEvent),
  readiness: Readiness,
  receivedAt: IsoDate,
  outcome: text(2000).optional(),
  partnersInformed: z.boolean().optional(),
});
export type PartnerRequest = z.infer<typeof PartnerRequest>;

/** A bank member considered for a request, and what came of asking them. */
export const Candidacy = RecordBase.extend({
  requestId: z.string(),
  partnerId: z.string(),
  status: CandidacyStatus,
  declineReason: text(300).optional(),
  contactedAt: IsoDate.optional(),
});
export type Candidacy = z.infer<typeof Candidacy>;

export const AccompanimentStep = z.object({
  id: AccompanimentStepId,
  planned: IsoDate.optional(),
  done: IsoDate.optional(),
  notes: text(2000).optional(),
  /** Survey answers, free text keyed by question id. */
  answers: z.record(z.string(), text(2000)).optional(),
});
export type AccompanimentStep = z.infer<typeof AccompanimentStep>;

export const HoursEntry = z.object({ date: IsoDate, hours: z.number().min(0).max(24), note: text(300).optional() });
export type HoursEntry = z.infer<typeof HoursEntry>;

export const ExpenseEntry = z.object({
  date: IsoDate,
  kind: ExpenseKind,
  amount: z.number().min(0).max(100000),
  note: text(300).optional(),
});
export type ExpenseEntry = z.infer<typeof ExpenseEntry>;

export const Recognition = z.object({
  attestation: z.boolean().default(true),
  expenses: z.array(ExpenseKind).default(['mileage', 'parking']),
  honoraria: z.boolean().default(false),
  honorariaAmount: z.number().min(0).optional(),
  paymentDeclined: z.boolean().default(false),
});
export type Recognition = z.infer<typeof Recognition>;

export const MandateFields = z.object({
  role: text(200),
  responsibilities: text(3000),
  commitment: text(500),
  schedule: text(500),
  place: text(300),
  format: z.array(Participation).default([]),
  reference: ReferencePerson,
  confidentiality: z.boolean().default(true),
  recognition: Recognition,
  startDate: IsoDate.optional(),
  endDate: IsoDate.optional(),
  language: UiLanguage.default('fr'),
});
export type MandateFields = z.infer<typeof MandateFields>;

export const Mandate = RecordBase.extend(MandateFields.shape).extend({
  requestId: z.string(),
  partnerId: z.string(),
  status: z.enum(['active', 'ended', 'cancelled']),
  steps: z.array(AccompanimentStep),
  hours: z.array(HoursEntry),
  expenseLog: z.array(ExpenseEntry),
});
export type Mandate = z.infer<typeof Mandate>;
