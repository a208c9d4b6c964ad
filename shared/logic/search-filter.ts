import type { IsoDate, OfficeSettingsFields } from '../model';
import { hasConsent } from './consent';
import { EMPTY_LOAD, followUpCutoff, followUpFrom, isOverSolicited, type PartnerLoad } from './load';
import type { PartnerFilters, PartnerQuery, PartnerSortKey } from './partner-query';
import { lastTouchOf, type Entry } from './search-entry';
import { fold, foldCached } from './text';

/** What a query needs beyond the partners themselves: loads and today's date and settings. */
export interface SearchContext {
  loads: ReadonlyMap<string, PartnerLoad>;
  today: IsoDate;
  thresholds: Pick<OfficeSettingsFields, 'overloadMandates' | 'overloadHours' | 'followUpMonths'>;
}

export const byName = (a: Entry, b: Entry): number => (a.nameKey < b.nameKey ? -1 : a.nameKey > b.nameKey ? 1 : 0);

export type StaticSortKey = Exclude<PartnerSortKey, 'relevance' | 'activeMandates' | 'hours'>;

/** Ascending comparators; missing next-step dates go last whatever the direction. */
export const staticKey: Record<StaticSortKey, (e: Entry) => string | number | undefined> = {
  name: () => 0,
  lastContact: lastTouchOf,
  nextStep: (e) => e.p.nextStepAt,
  step: (e) => e.stepRank,
  created: (e) => e.p.createdAt,
};

export const compareBy =
  <K extends string | number>(key: (e: Entry) => K | undefined, desc: boolean) =>
  (a: Entry, b: Entry): number => {
    const ka = key(a);
    const kb = key(b);
    if (ka !== kb) {
      if (ka === undefined) return 1;
      if (kb === undefined) return -1;
      return (ka < kb ? -1 : 1) * (desc ? -1 : 1);
    }
    return byName(a, b);
  };

const matchesAny = (values: readonly string[], wanted: ReadonlySet<string>): boolean => {
  for (const v of values) if (wanted.has(v)) return true;
  return false;
};

/** Labels folded when a filter asks (memoised: a few dozen distinct ones), not for every person at start-up. */
const matchesFolded = (values: readonly string[], wanted: ReadonlySet<string>): boolean => {
  for (const v of values) if (wanted.has(foldCached(v))) return true;
  return false;
};

/** The filters and the view as one test of an entry. */
export const predicate = (f: PartnerFilters, view: PartnerQuery['view'], ctx: SearchContext): ((e: Entry) => boolean) => {
  const steps = new Set<string>(f.steps);
  const roles = new Set<string>(f.roles);
  const levels = new Set<string>(f.levels);
  const languages = new Set<string>(f.languages);
  const sectors = new Set(f.sectors.map(fold));
  const trajectories = new Set(f.trajectories.map(fold));
  const communities = new Set(f.communities.map(fold));
  const { today, thresholds, loads } = ctx;
  const cutoff = followUpCutoff(today, thresholds.followUpMonths);
  const consents = f.consents;

  return (e) => {
    if (f.archived === 'exclude' ? e.hidden : f.archived === 'only' ? !e.hidden : false) return false;
    if (steps.size && !steps.has(e.step)) return false;
    if (roles.size && !matchesAny(e.roles, roles)) return false;
    if (levels.size && !matchesAny(e.levels, levels)) return false;
    if (languages.size && !languages.has(e.p.language) && !matchesAny(e.p.languages ?? [], languages)) return false;
    if (sectors.size && !matchesFolded(e.p.sectors, sectors)) return false;
    if (trajectories.size && !matchesFolded(e.p.trajectories, trajectories)) return false;
    if (communities.size && !communities.has(e.community)) return false;
    if (consents.length) for (const c of consents) if (!hasConsent(e, c, today)) return false;
    if (f.training === 'trained' && !e.trained) return false;
    if (f.training === 'untrained' && e.trained) return false;
    if (view === 'follow_up' && followUpFrom(e.dormant, e.nextStepAt, lastTouchOf(e), today, cutoff) === null) return false;
    if (view === 'over_solicited' && !isOverSolicited(loads.get(e.id) ?? EMPTY_LOAD, thresholds)) return false;
    return true;
  };
};
