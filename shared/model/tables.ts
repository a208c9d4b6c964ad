import { z } from 'zod';
import { ContactEntry, Partner } from './partner';
import { Candidacy, Mandate, PartnerRequest } from './request';
import { OfficeSettings } from './settings';
import { Committee, CommitteeMeeting, CommitteeMember } from './committee';
import { CopMeeting, TrainingSession } from './training';
import { SurveyInstrument, SurveyResponse } from './survey';

/**
 * The synced tables and the schema of a record in each. Bundles carry records by table
 * name; the database declares the same names.
 */
export const tableSchemas = {
  partners: Partner,
  contacts: ContactEntry,
  requests: PartnerRequest,
  candidacies: Candidacy,
  mandates: Mandate,
  settings: OfficeSettings,
  committees: Committee,
  committeeMembers: CommitteeMember,
  committeeMeetings: CommitteeMeeting,
  sessions: TrainingSession,
  copMeetings: CopMeeting,
  instruments: SurveyInstrument,
  surveyResponses: SurveyResponse,
} as const;

export const TableName = z.enum([
  'partners',
  'contacts',
  'requests',
  'candidacies',
  'mandates',
  'settings',
  'committees',
  'committeeMembers',
  'committeeMeetings',
  'sessions',
  'copMeetings',
  'instruments',
  'surveyResponses',
]);
export type TableName = z.infer<typeof TableName>;
export const tableNames = TableName.options;

export interface TableRecords {
  partners: Partner;
  contacts: ContactEntry;
  requests: PartnerRequest;
  candidacies: Candidacy;
  mandates: Mandate;
  settings: OfficeSettings;
  committees: Committee;
  committeeMembers: CommitteeMember;
  committeeMeetings: CommitteeMeeting;
  sessions: TrainingSession;
  copMeetings: CopMeeting;
  instruments: SurveyInstrument;
  surveyResponses: SurveyResponse;
}
