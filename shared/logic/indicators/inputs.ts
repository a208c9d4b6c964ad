import type { IsoDate } from '../../model/base';
import type { OfficeSettingsFields } from '../../model/settings';
import type { Candidacy, Mandate, PartnerRequest } from '../../model/request';
import type { Partner } from '../../model/partner';

/**
 * What the indicators read. Only the fields used are named, so the screen, the annual
 * report, the central office's roll-up and the benchmarks can all pass their own records.
 *
 * Committees, sessions and surveys come from another feature (their tables may be absent,
 * e.g. in an older office's bundle). Their inputs are small local shapes that the
 * feature's records satisfy structurally; when a list is undefined the family reports
 * "no data yet" rather than zero.
 */
export type PartnerInput = Pick<
  Partner,
  'id' | 'createdAt' | 'step' | 'history' | 'levels' | 'sectors' | 'language' | 'languages' | 'community' | 'trainings' | 'deleted' | 'archived' | 'anonymised'
>;
export type RequestInput = Pick<
  PartnerRequest,
  'id' | 'title' | 'directorate' | 'receivedAt' | 'status' | 'statusHistory' | 'seats' | 'level' | 'sectors' | 'deleted'
>;
export type MandateInput = Pick<
  Mandate,
  'id' | 'requestId' | 'partnerId' | 'createdAt' | 'updatedAt' | 'status' | 'startDate' | 'endDate' | 'steps' | 'hours' | 'deleted'
>;
export type CandidacyInput = Pick<Candidacy, 'partnerId' | 'requestId' | 'contactedAt' | 'deleted'>;

export interface CommitteeInput {
  id: string;
  name: string;
  /** 'user_safety' committees are the office's first aim. */
  type: string;
  seats: number;
  deleted?: 1;
}

export interface CommitteeMemberInput {
  committeeId: string;
  partnerId: string;
  termStart: IsoDate;
  termEnd?: IsoDate;
  leftOn?: IsoDate;
  deleted?: 1;
}

export interface SessionInput {
  /** partners, staff, managers, new_employees (trainings) or information, recruitment. */
  kind: string;
  date: IsoDate;
  attendeeIds: readonly string[];
  otherAttendees: number;
  deleted?: 1;
}

export interface SurveyQuestionInput {
  id: string;
  kind: string;
  scaleMax?: number;
}

export interface SurveyInstrumentInput {
  id: string;
  title: { fr: string; en: string };
  questions: readonly SurveyQuestionInput[];
  deleted?: 1;
}

export interface SurveyResponseInput {
  instrumentId: string;
  date: IsoDate;
  answers: Readonly<Record<string, number | string>>;
  deleted?: 1;
}

export interface IndicatorInputs {
  partners: readonly PartnerInput[];
  requests: readonly RequestInput[];
  mandates: readonly MandateInput[];
  candidacies: readonly CandidacyInput[];
  settings: Pick<OfficeSettingsFields, 'overloadMandates' | 'overloadHours'>;
  committees?: readonly CommitteeInput[];
  committeeMembers?: readonly CommitteeMemberInput[];
  sessions?: readonly SessionInput[];
  surveyInstruments?: readonly SurveyInstrumentInput[];
  surveyResponses?: readonly SurveyResponseInput[];
}
