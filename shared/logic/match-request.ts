/**
 * The request as matching reads it: folded into sets once, with what its level and
 * context imply (the role expected, governance, clinical work), and what a partner's
 * dual role weighs against it.
 */
import type { Candidacy, CandidacyStatus, DualRole, IsoDate, PartnerRequest, Role } from '../model';
import { addDays, addMonths } from './dates';
import type { OverloadThresholds } from './load';
import { MATCH_POINTS } from './match-codes';
import { fold, foldedWords } from './text';

/** A contact consent older than this is still valid but worth confirming. */
const CONSENT_FRESH_MONTHS = 24;

export interface RankOptions {
  today: IsoDate;
  thresholds: OverloadThresholds;
  /** Return only the best N (all eligible partners by default). */
  limit?: number;
  /** Candidacies (any request; only this request's are used) to flag and penalise repeats. */
  candidacies?: readonly Candidacy[];
}

/** The request, folded and turned into sets once, so scoring a partner is lookups only. */
export interface Prepared {
  trajectories: ReadonlySet<string>;
  sectors: ReadonlySet<string>;
  languages: ReadonlySet<string>;
  formats: ReadonlySet<string>;
  role: Role | undefined;
  level: PartnerRequest['level'];
  community: string;
  travel: boolean;
  /** Distinctive words of the requesting team and directorate. */
  teamWords: ReadonlySet<string>;
  governance: boolean;
  clinical: boolean;
  recent30: IsoDate;
  recent90: IsoDate;
  consentFresh: IsoDate;
  thresholds: OverloadThresholds;
  today: IsoDate;
  candidacies: ReadonlyMap<string, CandidacyStatus>;
}

/**
 * Requests name a level, not a role: clinical work is accompaniment (UPA), tactical and
 * strategic work is the organisation's (UPO). Without a level, a governance or
 * organisation context still means UPO; a care context alone says nothing.
 */
export const expectedRole = (r: Pick<PartnerRequest, 'level' | 'context'>): Role | undefined => {
  if (r.level === 'clinical') return 'UPA';
  if (r.level === 'tactical' || r.level === 'strategic') return 'UPO';
  if (r.context === 'organisation' || r.context === 'governance') return 'UPO';
  return undefined;
};

export const prepare = (r: PartnerRequest, o: RankOptions): Prepared => {
  const candidacies = new Map<string, CandidacyStatus>();
  for (const c of o.candidacies ?? []) if (c.requestId === r.id && !c.deleted) candidacies.set(c.partnerId, c.status);
  const community = r.community ? fold(r.community) : '';
  return {
    trajectories: new Set(r.trajectories.map(fold)),
    sectors: new Set(r.sectors.map(fold)),
    languages: new Set(r.languages),
    formats: new Set(r.formats),
    role: expectedRole(r),
    level: r.level,
    community,
    travel: !r.remoteOk && community !== '',
    teamWords: distinctiveWords([r.team ?? '', r.directorate ?? ''].join(' ')),
    governance: r.context === 'governance' || r.level === 'strategic',
    clinical: r.context === 'care' || r.level === 'clinical',
    recent30: addDays(o.today, -30),
    recent90: addDays(o.today, -90),
    consentFresh: addMonths(o.today, -CONSENT_FRESH_MONTHS),
    thresholds: o.thresholds,
    today: o.today,
    candidacies,
  };
};

/** Words that name every team, so they say nothing about which one. */
const GENERIC_TEAM_WORDS: ReadonlySet<string> = new Set([
  'equipe',
  'direction',
  'directions',
  'service',
  'services',
  'programme',
  'programmes',
  'adjointe',
  'adjoint',
  'generale',
  'general',
  'team',
  'department',
  'unit',
  'unite',
  'pour',
  'avec',
  'dans',
]);

/** Folded words of four letters or more, minus the generic ones: what identifies a team. */
export const distinctiveWords = (text: string): Set<string> => new Set(foldedWords(text).filter((w) => w.length >= 4 && !GENERIC_TEAM_WORDS.has(w)));

/**
 * Whether a dual-role note points at the requesting team: two of its distinctive words
 * ("santé mentale", "oncologie … Chibougamau"), or its only one. A town alone is not
 * enough: most staff in a region work in the same few towns.
 */
const sameTeam = (noteWords: readonly string[], q: Prepared): boolean => {
  if (q.teamWords.size === 0) return false;
  let shared = 0;
  for (const w of noteWords) if (q.teamWords.has(w)) shared++;
  return shared >= Math.min(2, q.teamWords.size);
};

/** Penalty of one dual role for this request; 0 when it does not bear on it. */
export const dualRolePoints = (role: DualRole, noteWords: readonly string[], q: Prepared): number => {
  switch (role) {
    case 'staff':
    case 'staff_relative':
      return sameTeam(noteWords, q) ? MATCH_POINTS.conflictSameTeam : MATCH_POINTS.conflictStaff;
    case 'users_committee':
    case 'residents_committee':
      // Rights defence and co-construction must stay distinct, above all in governance.
      return q.governance ? MATCH_POINTS.conflictCommitteeGovernance : MATCH_POINTS.conflictCommittee;
    case 'peer_helper':
      return q.clinical ? MATCH_POINTS.conflictPeerHelperClinical : 0;
    case 'other':
      return MATCH_POINTS.conflictOther;
  }
};
