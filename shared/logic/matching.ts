import type { IsoDate, Partner, PartnerRequest } from '../model';
import { hasConsent } from './consent';
import { commitments, EMPTY_LOAD, isOverSolicited, type PartnerLoad } from './load';
import { MATCH_POINTS, type ExclusionCode, type PenaltyCode, type RankedCandidate, type ReasonCode, type ScoreItem } from './match-codes';
import { matchEntryOf, MatchPool, staticExclusion, toMatchEntry, type MatchEntry } from './match-pool';
import { dualRolePoints, prepare, type Prepared, type RankOptions } from './match-request';

// Screens import the codes and the pool from here; they live in their own modules.
export * from './match-codes';
export { MatchPool } from './match-pool';
export { distinctiveWords, expectedRole, type RankOptions } from './match-request';

type EligibilityFields = Pick<Partner, 'deleted' | 'anonymised' | 'archived' | 'step' | 'consents'>;

/**
 * Why a partner cannot be proposed at all, or null. Contact consent is absolute, and an
 * expired one counts as none. Steps before training are out: the person has not been
 * prepared. "Trained" but not yet entered in the bank is allowed with a penalty, since
 * the paperwork often lags. An explicit refusal to be kept in the bank excludes too.
 */
export const exclusionReason = (p: EligibilityFields, today: IsoDate): ExclusionCode | null => {
  const fixed = staticExclusion(p);
  if (fixed) return fixed;
  if (!hasConsent(p, 'contact', today)) return 'no_contact_consent';
  if (p.consents.bank?.given === false) return 'bank_consent_refused';
  return null;
};

/** exclusionReason on a prepared entry, without touching the partner record. */
const eligible = (e: MatchEntry, today: IsoDate): boolean =>
  e.excluded === null && e.contactGiven && (e.contactExpires === undefined || e.contactExpires >= today) && !e.bankRefused;

/** Collects the explanation; absent during the scoring pass so that pass allocates nothing. */
interface Sink {
  reasons: ScoreItem<ReasonCode>[];
  penalties: ScoreItem<PenaltyCode>[];
}

const countMatches = (folded: readonly string[], wanted: ReadonlySet<string>): number => {
  let n = 0;
  for (const v of folded) if (wanted.has(v)) n++;
  return n;
};

/** The partner's own labels that matched, joined; the common single match allocates nothing. */
const matchedLabels = (labels: readonly string[], folded: readonly string[], wanted: ReadonlySet<string>): string => {
  let out = '';
  for (let i = 0; i < folded.length; i++) if (wanted.has(folded[i] as string)) out = out === '' ? (labels[i] as string) : `${out}, ${labels[i] as string}`;
  return out;
};

/** Formats in both lists, joined; same idea as matchedLabels. */
const sharedFormats = (mine: readonly string[], wanted: ReadonlySet<string>): string => {
  let out = '';
  for (const f of mine) if (wanted.has(f)) out = out === '' ? f : `${out}, ${f}`;
  return out;
};

const overlaps = (values: readonly string[], wanted: ReadonlySet<string>): boolean => {
  for (const v of values) if (wanted.has(v)) return true;
  return false;
};

const put = <C extends string>(list: ScoreItem<C>[], code: C, points: number, detail?: string): void => {
  list.push(detail === undefined ? { code, points } : { code, points, detail });
};

/**
 * Score of one eligible partner; fills `sink` with the reasons when given. Written as
 * straight-line additions (no helper closures) because the scoring pass runs it for
 * every partner in the bank and must not allocate.
 */
const assess = (e: MatchEntry, load: Readonly<PartnerLoad>, q: Prepared, sink: Sink | null): number => {
  let score = 0;
  let pts: number;

  if (q.trajectories.size) {
    const n = countMatches(e.trajectories, q.trajectories);
    if (n > 0) {
      score += pts = Math.min(MATCH_POINTS.trajectoryCap, MATCH_POINTS.trajectoryFirst + (n - 1) * MATCH_POINTS.trajectoryMore);
      if (sink) put(sink.reasons, 'trajectory_match', pts, matchedLabels(e.trajectoryLabels, e.trajectories, q.trajectories));
    }
  }
  if (q.sectors.size) {
    const n = countMatches(e.sectors, q.sectors);
    if (n > 0) {
      score += pts = Math.min(MATCH_POINTS.sectorCap, MATCH_POINTS.sectorFirst + (n - 1) * MATCH_POINTS.sectorMore);
      if (sink) put(sink.reasons, 'sector_match', pts, matchedLabels(e.sectorLabels, e.sectors, q.sectors));
    }
  }
  if (q.languages.size) {
    // Any language the person speaks counts, not only the preferred one.
    const shared = e.languages.find((l) => q.languages.has(l));
    if (shared !== undefined) {
      score += MATCH_POINTS.language;
      if (sink) put(sink.reasons, 'language_match', MATCH_POINTS.language, shared);
    } else {
      const spoken = e.languages.join('+');
      score += pts = e.interpreter ? MATCH_POINTS.languageMismatchInterpreter : MATCH_POINTS.languageMismatch;
      if (sink) put(sink.penalties, 'language_mismatch', pts, e.interpreter ? `${spoken}+interpreter` : spoken);
    }
  }
  // An empty list means "not recorded yet": neither credit nor blame.
  if (q.role && e.roles.length) {
    if (e.roles.includes(q.role)) {
      score += MATCH_POINTS.role;
      if (sink) put(sink.reasons, 'role_accepted', MATCH_POINTS.role, q.role);
    } else {
      score += MATCH_POINTS.roleNotAccepted;
      if (sink) put(sink.penalties, 'role_not_accepted', MATCH_POINTS.roleNotAccepted, q.role);
    }
  }
  if (q.level && e.levels.length) {
    if (e.levels.includes(q.level)) {
      score += MATCH_POINTS.level;
      if (sink) put(sink.reasons, 'level_accepted', MATCH_POINTS.level, q.level);
    } else {
      score += MATCH_POINTS.levelNotAccepted;
      if (sink) put(sink.penalties, 'level_not_accepted', MATCH_POINTS.levelNotAccepted, q.level);
    }
  }
  if (q.formats.size && e.participation.length) {
    if (overlaps(e.participation, q.formats)) {
      score += MATCH_POINTS.format;
      if (sink) put(sink.reasons, 'format_match', MATCH_POINTS.format, sharedFormats(e.participation, q.formats));
    } else {
      score += MATCH_POINTS.formatMismatch;
      if (sink) put(sink.penalties, 'format_mismatch', MATCH_POINTS.formatMismatch, e.participation.join(', '));
    }
  }
  if (q.community) {
    if (e.community === q.community) {
      score += MATCH_POINTS.community;
      if (sink) put(sink.reasons, 'community_match', MATCH_POINTS.community, e.communityLabel);
    } else if (q.travel) {
      score += MATCH_POINTS.travelRequired;
      if (sink) put(sink.penalties, 'travel_required', MATCH_POINTS.travelRequired, e.communityLabel || undefined);
    }
  }
  if (e.availability) {
    score += MATCH_POINTS.availability;
    if (sink) put(sink.reasons, 'availability_declared', MATCH_POINTS.availability);
  }
  const consentDate = e.contactDate;
  if (consentDate !== undefined) {
    if (consentDate >= q.consentFresh) {
      score += MATCH_POINTS.consentRecent;
      if (sink) put(sink.reasons, 'consent_recent', MATCH_POINTS.consentRecent, consentDate);
    } else {
      score += MATCH_POINTS.consentOld;
      if (sink) put(sink.penalties, 'consent_old', MATCH_POINTS.consentOld, consentDate);
    }
  }
  if (e.trainings) {
    score += MATCH_POINTS.training;
    if (sink) put(sink.reasons, 'training_done', MATCH_POINTS.training);
  } else {
    score += MATCH_POINTS.missingTraining;
    if (sink) put(sink.penalties, 'missing_training', MATCH_POINTS.missingTraining);
  }
  if (e.trainedNotInBank) {
    score += MATCH_POINTS.notInBank;
    if (sink) put(sink.penalties, 'not_in_bank', MATCH_POINTS.notInBank);
  }

  if (isOverSolicited(load, q.thresholds)) {
    score += MATCH_POINTS.overSolicited;
    if (sink) {
      const t = q.thresholds;
      put(sink.penalties, 'over_solicited', MATCH_POINTS.overSolicited, `${commitments(load)}/${t.overloadMandates}; ${load.hours12m}/${t.overloadHours} h`);
    }
  }
  if (commitments(load) > 0) {
    score += pts = commitments(load) * MATCH_POINTS.perActiveMandate;
    if (sink) put(sink.penalties, 'active_mandates', pts, String(commitments(load)));
  }
  if (load.hours12m >= MATCH_POINTS.hoursPerPoint) {
    score += pts = Math.max(MATCH_POINTS.hoursCap, -Math.floor(load.hours12m / MATCH_POINTS.hoursPerPoint));
    if (sink) put(sink.penalties, 'hours_12m', pts, String(load.hours12m));
  }
  const last = load.lastSolicitedAt;
  if (last !== undefined && last >= q.recent90) {
    score += pts = last >= q.recent30 ? MATCH_POINTS.solicitedLast30Days : MATCH_POINTS.solicitedLast90Days;
    if (sink) put(sink.penalties, 'recent_solicitation', pts, last);
  }

  if (e.dualRoles.length) {
    for (const role of e.dualRoles) {
      score += pts = dualRolePoints(role, e.dualRoleWords, q);
      if (sink && pts !== 0) put(sink.penalties, 'dual_role_conflict', pts, pts === MATCH_POINTS.conflictSameTeam ? `${role}:same_team` : role);
    }
  }

  const prior = q.candidacies.size ? q.candidacies.get(e.id) : undefined;
  if (prior === 'declined') {
    score += MATCH_POINTS.declinedBefore;
    if (sink) put(sink.penalties, 'declined_before', MATCH_POINTS.declinedBefore);
  } else if (prior === 'no_answer') {
    score += MATCH_POINTS.noAnswerBefore;
    if (sink) put(sink.penalties, 'no_answer_before', MATCH_POINTS.noAnswerBefore);
  }
  return score;
};

/**
 * Bank members for a request, best first, each with the reasons and penalties behind the
 * score. Nobody excluded by `exclusionReason` appears. Ties go to the lighter load (fewer
 * active mandates, then fewer hours), then to the name, then to the id, so the same data
 * always gives the same list whatever its order.
 *
 * Partners are prepared once per record object (cached by identity), so a plain array of
 * the bank's records is fast from the second call; a MatchPool also skips that lookup and
 * keeps its entries in name order, so ties need no string comparison. Two passes keep
 * 20,000 partners cheap: score everyone without building explanations, sort, then
 * explain only the rows returned.
 */
export const rankCandidates = (
  request: PartnerRequest,
  partners: readonly Partner[] | MatchPool,
  loads: ReadonlyMap<string, PartnerLoad>,
  options: RankOptions,
): RankedCandidate[] => {
  const q = prepare(request, options);
  const nameOrdered = partners instanceof MatchPool;
  const entries = partners instanceof MatchPool ? partners.entries() : partners.map(matchEntryOf);
  const count = entries.length;
  const idx: number[] = [];
  const scores = new Float64Array(count);
  const active = new Int32Array(count);
  const hours = new Float64Array(count);
  const loadAt = new Array<Readonly<PartnerLoad> | undefined>(count);
  for (let i = 0; i < count; i++) {
    const e = entries[i] as MatchEntry;
    if (!eligible(e, q.today)) continue;
    const load = loads.get(e.id) ?? EMPTY_LOAD;
    loadAt[i] = load;
    active[i] = commitments(load);
    hours[i] = load.hours12m;
    scores[i] = assess(e, load, q, null);
    idx.push(i);
  }

  idx.sort((a, b) => {
    const ds = (scores[b] as number) - (scores[a] as number);
    if (ds !== 0) return ds;
    const da = (active[a] as number) - (active[b] as number);
    if (da !== 0) return da;
    const dh = (hours[a] as number) - (hours[b] as number);
    if (dh !== 0) return dh;
    if (nameOrdered) return a - b;
    const ea = entries[a] as MatchEntry;
    const eb = entries[b] as MatchEntry;
    if (ea.nameKey !== eb.nameKey) return ea.nameKey < eb.nameKey ? -1 : 1;
    return ea.id < eb.id ? -1 : ea.id > eb.id ? 1 : 0;
  });

  const n = options.limit === undefined ? idx.length : Math.min(idx.length, Math.max(0, options.limit));
  const out = new Array<RankedCandidate>(n);
  for (let k = 0; k < n; k++) {
    const i = idx[k] as number;
    out[k] = explained(entries[i] as MatchEntry, loadAt[i] ?? EMPTY_LOAD, q);
  }
  return out;
};

const explained = (e: MatchEntry, load: Readonly<PartnerLoad>, q: Prepared): RankedCandidate => {
  const sink: Sink = { reasons: [], penalties: [] };
  const score = assess(e, load, q, sink);
  const row: RankedCandidate = { partnerId: e.id, score, reasons: sink.reasons, penalties: sink.penalties };
  const prior = q.candidacies.get(e.id);
  if (prior !== undefined) row.candidacy = prior;
  return row;
};

/** The explanation for one partner, e.g. when the coordinator opens a profile from a request. */
export const explainCandidate = (
  request: PartnerRequest,
  partner: Partner,
  load: Readonly<PartnerLoad>,
  options: RankOptions,
): RankedCandidate | { partnerId: string; excluded: ExclusionCode } => {
  const excluded = exclusionReason(partner, options.today);
  if (excluded) return { partnerId: partner.id, excluded };
  return explained(toMatchEntry(partner), load, prepare(request, options));
};
