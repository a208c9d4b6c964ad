import { z } from 'zod';

export const Language = z.enum(['fr', 'en', 'cr', 'iu', 'other']);
export type Language = z.infer<typeof Language>;

export const UiLanguage = z.enum(['fr', 'en']);
export type UiLanguage = z.infer<typeof UiLanguage>;

export const Participation = z.enum(['in_person', 'phone', 'video']);
export type Participation = z.infer<typeof Participation>;

export const Role = z.enum(['UPO', 'UPA']);
export type Role = z.infer<typeof Role>;

export const Level = z.enum(['clinical', 'tactical', 'strategic']);
export type Level = z.infer<typeof Level>;

export const Context = z.enum(['care', 'organisation', 'governance']);
export type Context = z.infer<typeof Context>;

export const PipelineStep = z.enum(['interest', 'first_contact', 'screening', 'preselected', 'trained', 'in_bank', 'active', 'inactive', 'withdrawn']);
export type PipelineStep = z.infer<typeof PipelineStep>;

export const InterestSource = z.enum(['poster', 'info_session', 'clinician', 'users_committee', 'other']);
export type InterestSource = z.infer<typeof InterestSource>;

export const DualRole = z.enum(['staff', 'staff_relative', 'users_committee', 'residents_committee', 'peer_helper', 'other']);
export type DualRole = z.infer<typeof DualRole>;

export const ConsentKind = z.enum(['bank', 'contact', 'publication']);
export type ConsentKind = z.infer<typeof ConsentKind>;

/** 'phone' since bundle format 1.1. */
export const ConsentMethod = z.enum(['written', 'verbal', 'phone', 'electronic']);
export type ConsentMethod = z.infer<typeof ConsentMethod>;

export const ContactChannel = z.enum(['call', 'meeting', 'email', 'letter', 'text', 'video']);
export type ContactChannel = z.infer<typeof ContactChannel>;

export const Weekday = z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
export type Weekday = z.infer<typeof Weekday>;

export const DayPeriod = z.enum(['morning', 'afternoon', 'evening']);
export type DayPeriod = z.infer<typeof DayPeriod>;

export const RequestStatus = z.enum(['received', 'preparing', 'recruiting', 'filled', 'in_progress', 'closed', 'cancelled']);
export type RequestStatus = z.infer<typeof RequestStatus>;

export const CandidacyStatus = z.enum(['shortlisted', 'accepted', 'declined', 'no_answer']);
export type CandidacyStatus = z.infer<typeof CandidacyStatus>;

export const AccompanimentStepId = z.enum([
  'welcome_partner',
  'prep_team',
  'mid_partner',
  'mid_team',
  'end_partner',
  'end_team',
  'survey_partner',
  'survey_team',
  'outcome_feedback',
]);
export type AccompanimentStepId = z.infer<typeof AccompanimentStepId>;

export const ExpenseKind = z.enum(['mileage', 'parking', 'meals', 'other']);
export type ExpenseKind = z.infer<typeof ExpenseKind>;
