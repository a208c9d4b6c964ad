import type { CandidacyStatus } from '../model';

/** Stable codes the UI translates ("match.reason.trajectory_match", …). */
export const REASON_CODES = [
  'trajectory_match',
  'sector_match',
  'language_match',
  'role_accepted',
  'level_accepted',
  'format_match',
  'community_match',
  'availability_declared',
  'consent_recent',
  'training_done',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

export const PENALTY_CODES = [
  'over_solicited',
  'active_mandates',
  'hours_12m',
  'recent_solicitation',
  'dual_role_conflict',
  'missing_training',
  'not_in_bank',
  'language_mismatch',
  'role_not_accepted',
  'level_not_accepted',
  'format_mismatch',
  'travel_required',
  'consent_old',
  'declined_before',
  'no_answer_before',
] as const;
export type PenaltyCode = (typeof PENALTY_CODES)[number];

/** Why someone is left out of the ranking altogether (for "why isn't X listed?"). */
export const EXCLUSION_CODES = [
  'deleted',
  'anonymised',
  'archived',
  'withdrawn',
  'inactive',
  'not_ready',
  'no_contact_consent',
  'bank_consent_refused',
] as const;
export type ExclusionCode = (typeof EXCLUSION_CODES)[number];

/**
 * Points, in one place so they can be tuned and explained. The scale: a trajectory match
 * outweighs anything else a profile can offer, and over-solicitation outweighs a
 * trajectory match, because spreading the work is the office's stated problem.
 */
export const MATCH_POINTS = {
  trajectoryFirst: 30,
  trajectoryMore: 10,
  trajectoryCap: 50,
  sectorFirst: 20,
  sectorMore: 5,
  sectorCap: 30,
  language: 15,
  role: 10,
  level: 10,
  format: 8,
  community: 10,
  availability: 4,
  consentRecent: 3,
  training: 5,
  overSolicited: -60,
  perActiveMandate: -8,
  /** one point per this many hours in 12 months, capped */
  hoursPerPoint: 5,
  hoursCap: -20,
  solicitedLast30Days: -15,
  solicitedLast90Days: -8,
  conflictSameTeam: -50,
  conflictStaff: -15,
  conflictCommitteeGovernance: -30,
  conflictCommittee: -5,
  conflictPeerHelperClinical: -20,
  conflictOther: -5,
  missingTraining: -15,
  notInBank: -20,
  languageMismatch: -25,
  languageMismatchInterpreter: -10,
  roleNotAccepted: -20,
  levelNotAccepted: -20,
  formatMismatch: -15,
  travelRequired: -15,
  consentOld: -5,
  // They already said no to this very request: asking again is pestering.
  declinedBefore: -100,
  noAnswerBefore: -10,
} as const;

export interface ScoreItem<C extends string> {
  code: C;
  points: number;
  detail?: string;
}

export interface RankedCandidate {
  partnerId: string;
  score: number;
  reasons: ScoreItem<ReasonCode>[];
  penalties: ScoreItem<PenaltyCode>[];
  /** Set when the partner already has a candidacy for this request. */
  candidacy?: CandidacyStatus;
}
