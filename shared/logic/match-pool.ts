import { spokenLanguages, type DualRole, type IsoDate, type Language, type Partner } from '../model';
import type { ExclusionCode } from './match-codes';
import { foldCached, foldedWords } from './text';

const NOT_READY_STEPS: ReadonlySet<string> = new Set(['interest', 'first_contact', 'screening', 'preselected']);

/**
 * Why a partner can never be proposed, whatever the day: gone, hidden, out of the
 * pipeline, or not prepared yet. Contact consent is checked separately because it can
 * expire (see exclusionReason).
 */
export const staticExclusion = (p: Pick<Partner, 'deleted' | 'anonymised' | 'archived' | 'step'>): ExclusionCode | null => {
  if (p.deleted) return 'deleted';
  if (p.anonymised) return 'anonymised';
  if (p.archived) return 'archived';
  if (p.step === 'withdrawn') return 'withdrawn';
  if (p.step === 'inactive') return 'inactive';
  if (NOT_READY_STEPS.has(p.step)) return 'not_ready';
  return null;
};

/**
 * A partner reduced to what scoring reads, folded once. Every entry has the same shape:
 * partners loaded from storage come in many shapes (optional fields present or not), and
 * reading those in a 20,000-row loop is what made ranking slow.
 */
export interface MatchEntry {
  readonly p: Partner;
  readonly id: string;
  /** Exclusion that does not depend on the day; null when the partner may be proposed. */
  readonly excluded: ExclusionCode | null;
  readonly contactGiven: boolean;
  readonly contactDate: IsoDate | undefined;
  readonly contactExpires: IsoDate | undefined;
  readonly bankRefused: boolean;
  readonly trainedNotInBank: boolean;
  /** Every language spoken, the preferred one first. */
  readonly languages: readonly Language[];
  readonly interpreter: boolean;
  readonly trajectories: readonly string[];
  readonly sectors: readonly string[];
  /** The labels as typed, for explanations (same order as the folded arrays). */
  readonly trajectoryLabels: readonly string[];
  readonly sectorLabels: readonly string[];
  readonly communityLabel: string;
  readonly roles: readonly string[];
  readonly levels: readonly string[];
  readonly participation: readonly string[];
  readonly community: string;
  readonly availability: number;
  readonly trainings: number;
  readonly dualRoles: readonly DualRole[];
  /** Distinct folded words of the dual-role note, to recognise the requesting team. */
  readonly dualRoleWords: readonly string[];
  readonly nameKey: string;
}

export const toMatchEntry = (p: Partner): MatchEntry => {
  const contact = p.consents.contact;
  return {
    p,
    id: p.id,
    excluded: staticExclusion(p),
    contactGiven: contact?.given === true,
    contactDate: contact?.date,
    contactExpires: contact?.expires,
    bankRefused: p.consents.bank?.given === false,
    trainedNotInBank: p.step === 'trained',
    languages: spokenLanguages(p),
    interpreter: p.interpreter,
    trajectories: p.trajectories.map(foldCached),
    sectors: p.sectors.map(foldCached),
    trajectoryLabels: p.trajectories,
    sectorLabels: p.sectors,
    communityLabel: p.community ?? '',
    roles: p.roles,
    levels: p.levels,
    participation: p.participation,
    community: p.community ? foldCached(p.community) : '',
    availability: p.availability.length,
    trainings: p.trainings.length,
    dualRoles: p.dualRoles,
    dualRoleWords: p.dualRoleNote ? [...new Set(foldedWords(p.dualRoleNote))] : [],
    nameKey: `${foldCached(p.lastName)}\u0000${foldCached(p.firstName)}`,
  };
};

/**
 * Entries by record identity. Records are immutable values in Relais (an edit stores a new
 * object), so an entry stays valid as long as its record object lives, and the screens,
 * which pass freshly filtered arrays of the same records, rank without re-preparing them.
 */
const entryCache = new WeakMap<Partner, MatchEntry>();

export const matchEntryOf = (p: Partner): MatchEntry => {
  let e = entryCache.get(p);
  if (e === undefined) entryCache.set(p, (e = toMatchEntry(p)));
  return e;
};

const byName = (a: MatchEntry, b: MatchEntry): number => (a.nameKey < b.nameKey ? -1 : a.nameKey > b.nameKey ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The bank prepared for matching, kept alongside the list's search index and updated the
 * same way, so that opening a request ranks without re-reading 20,000 records.
 */
export class MatchPool {
  private readonly byId = new Map<string, MatchEntry>();
  private list: MatchEntry[] | null = null;

  constructor(partners: Iterable<Partner> = []) {
    for (const p of partners) this.byId.set(p.id, matchEntryOf(p));
  }

  get size(): number {
    return this.byId.size;
  }

  upsert(p: Partner): void {
    this.byId.set(p.id, matchEntryOf(p));
    this.list = null;
  }

  remove(id: string): void {
    if (this.byId.delete(id)) this.list = null;
  }

  /** Entries in name order (then id), the ranking's final tie-break. */
  entries(): readonly MatchEntry[] {
    return (this.list ??= [...this.byId.values()].sort(byName));
  }
}
