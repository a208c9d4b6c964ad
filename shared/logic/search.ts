import MiniSearch, { type SearchOptions } from 'minisearch';
import { PipelineStep, spokenLanguages, type IsoDate, type OfficeSettingsFields, type Partner } from '../model';
import { hasConsent } from './consent';
import { commitments, EMPTY_LOAD, followUpCutoff, followUpFrom, isDormantRecord, isOverSolicited, lastTouchDate, type PartnerLoad } from './load';
import { PartnerQuery, type PartnerFilters, type PartnerQueryInput, type PartnerSortKey } from './partner-query';
import { fold, foldCached, foldedWords, tokenize } from './text';

/** What a query needs beyond the partners themselves: loads and today's date and settings. */
export interface SearchContext {
  loads: ReadonlyMap<string, PartnerLoad>;
  today: IsoDate;
  thresholds: Pick<OfficeSettingsFields, 'overloadMandates' | 'overloadHours' | 'followUpMonths'>;
}

/**
 * A partner with the keys that filters and sorts would otherwise recompute per keystroke.
 * The hot fields are copied too: partners loaded from storage come in many object shapes
 * (optional fields present or not), and reading them in a 20,000-row loop goes
 * megamorphic; entries all share one shape.
 */
interface Entry {
  readonly p: Partner;
  readonly id: string;
  readonly step: Partner['step'];
  /** Every language spoken, the preferred one first. */
  readonly languages: readonly Partner['language'][];
  readonly roles: readonly string[];
  readonly levels: readonly string[];
  readonly trained: boolean;
  readonly consents: Partner['consents'];
  readonly nextStepAt: IsoDate | undefined;
  readonly dormant: boolean;
  readonly nameKey: string;
  readonly sectors: readonly string[];
  readonly trajectories: readonly string[];
  readonly community: string;
  /**
   * Words a one- or two-letter term is matched against (see splitTerms), each preceded by
   * QUICK_SEP so that one native `includes` per term tests "some word starts with it".
   */
  readonly quick: string;
  /** Initial letters (a–z) of the quick words as bits: the first keystroke tests one bit. */
  readonly initials: number;
  readonly lastTouch: IsoDate;
  readonly stepRank: number;
  readonly hidden: boolean;
}

/**
 * Three indexed fields, not one per profile field: each field multiplies the postings the
 * index keeps, and building the index for 20,000 people is paid when the bank opens.
 */
const SEARCH_FIELDS = ['name', 'community', 'about'] as const;

const extractField = (doc: Partner, field: string): string => {
  switch (field) {
    case 'name':
      return `${doc.firstName} ${doc.lastName}`;
    case 'community':
      return doc.community ?? '';
    case 'about':
      return [...doc.trajectories, ...doc.sectors, ...doc.sharedExperiences, doc.notes ?? ''].join(' ');
    default:
      return field === 'id' ? doc.id : '';
  }
};

const processTerm = (term: string): string | null => {
  const f = foldCached(term);
  return f.length > 0 ? f : null;
};

/**
 * Prefix search so results follow each keystroke; fuzziness only from five letters on,
 * where one typo ("chibougamo") is likelier than a different word. All words must match:
 * typing more narrows the list, as people expect of a filter box.
 */
const SEARCH_OPTIONS: SearchOptions = {
  prefix: true,
  fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
  maxFuzzy: 2,
  combineWith: 'AND',
  boost: { name: 3, community: 2 },
};

/** Articles and prepositions, dropped when they sit beside real words ("cancer du sein"). */
const STOP_WORDS: ReadonlySet<string> = new Set([
  'a',
  'au',
  'aux',
  'd',
  'de',
  'des',
  'du',
  'en',
  'et',
  'l',
  'la',
  'le',
  'les',
  'un',
  'une',
  'pour',
  'of',
  'to',
  'in',
  'on',
  'an',
  'at',
  'or',
  'the',
  'and',
  'for',
]);

/**
 * Splits the typed text. Words of three letters or more go to the full-text index with
 * prefix search. Shorter ones would expand to most of the vocabulary (every note word
 * starting with "a"), costing tens of milliseconds for a useless list, so they are
 * matched instead as prefixes of names, communities, trajectories and sectors: the first
 * keystrokes of "He" or "J Tremblay" find people by name. Articles beside other words
 * are ignored; typed alone ("de") they still match names ("Desbiens").
 */
const splitTerms = (text: string): { long: string[]; short: string[] } => {
  const all = foldedWords(text);
  const content = all.filter((w) => !STOP_WORDS.has(w));
  const words = content.length > 0 ? content : all;
  return { long: words.filter((w) => w.length >= 3), short: words.filter((w) => w.length < 3) };
};

const QUICK_SEP = '\u0001';

const initialsOf = (words: readonly string[]): number => {
  let mask = 0;
  for (const w of words) {
    const c = w.charCodeAt(0) - 97;
    if (c >= 0 && c < 26) mask |= 1 << c;
  }
  return mask;
};

/** A short term as tested against an entry: a letter bit for one a–z letter, else a substring. */
interface Needle {
  bit: number;
  text: string;
}

const toNeedle = (t: string): Needle => {
  const c = t.charCodeAt(0) - 97;
  return { bit: t.length === 1 && c >= 0 && c < 26 ? 1 << c : 0, text: QUICK_SEP + t };
};

const hasPrefixes = (e: Entry, needles: readonly Needle[]): boolean => {
  for (const n of needles) if (n.bit ? (e.initials & n.bit) === 0 : !e.quick.includes(n.text)) return false;
  return true;
};

const STEP_RANK: ReadonlyMap<string, number> = new Map(PipelineStep.options.map((s, i) => [s, i]));

const toEntry = (p: Partner): Entry => {
  const words = [...new Set([p.firstName, p.lastName, p.community ?? '', ...p.trajectories, ...p.sectors].flatMap(foldedWords))];
  return {
    p,
    id: p.id,
    step: p.step,
    languages: spokenLanguages(p),
    roles: p.roles,
    levels: p.levels,
    trained: p.trainings.length > 0,
    consents: p.consents,
    nextStepAt: p.nextStepAt,
    dormant: isDormantRecord(p),
    nameKey: `${fold(p.lastName)}\u0000${fold(p.firstName)}\u0000${p.id}`,
    sectors: p.sectors.map(foldCached),
    trajectories: p.trajectories.map(foldCached),
    community: p.community ? foldCached(p.community) : '',
    quick: QUICK_SEP + words.join(QUICK_SEP),
    initials: initialsOf(words),
    lastTouch: lastTouchDate(p),
    stepRank: STEP_RANK.get(p.step) ?? 0,
    hidden: p.archived === true || p.anonymised === true,
  };
};

const byName = (a: Entry, b: Entry): number => (a.nameKey < b.nameKey ? -1 : a.nameKey > b.nameKey ? 1 : 0);

type StaticSortKey = Exclude<PartnerSortKey, 'relevance' | 'activeMandates' | 'hours'>;

/** Ascending comparators; missing next-step dates go last whatever the direction. */
const staticKey: Record<StaticSortKey, (e: Entry) => string | number | undefined> = {
  name: () => 0,
  lastContact: (e) => e.lastTouch,
  nextStep: (e) => e.p.nextStepAt,
  step: (e) => e.stepRank,
  created: (e) => e.p.createdAt,
};

const compareBy =
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

/**
 * The bank list's in-memory index: full-text search through MiniSearch (accent- and
 * case-folded), filters and sorts over plain arrays, so a keystroke never touches
 * IndexedDB. Keep it in sync with `upsert` / `remove` as records change.
 */
export class PartnerIndex {
  private readonly search: MiniSearch<Partner>;
  private readonly entries = new Map<string, Entry>();
  /** Sorted orders by static key and direction, rebuilt lazily after a change. */
  private readonly orders = new Map<string, Entry[]>();
  /**
   * Typing changes only the text: the last filtered, sorted list (filters, view, sort and
   * context unchanged) and the last full-text hits (same long words) are kept, so a
   * keystroke re-walks neither the whole bank through the filters nor the index. Any
   * change to the records drops both.
   */
  private lastBase: { key: string; ctx: SearchContext; rows: Entry[] } | undefined;
  private fullText = true;
  /** Ids changed while the full-text index was being built, added to it once built. */
  private readonly pendingText = new Set<string>();
  private lastHits: { text: string; hits: ReturnType<MiniSearch<Partner>['search']>; ids: Set<unknown> } | undefined;

  constructor(partners: Iterable<Partner> = []) {
    this.search = new MiniSearch<Partner>({
      idField: 'id',
      fields: [...SEARCH_FIELDS],
      extractField,
      tokenize,
      processTerm,
      searchOptions: SEARCH_OPTIONS,
    });
    // Bulk add once the last version of each id is known: addAll is much faster than add.
    this.search.addAll(this.load(partners));
  }

  /**
   * Same as the constructor, but indexes in chunks and yields between them, so a window
   * opening on a large bank keeps painting (≈ half a second of work for 20,000 people).
   */
  static async create(partners: Iterable<Partner>, chunkSize = 1000): Promise<PartnerIndex> {
    const index = PartnerIndex.listOnly(partners);
    await index.buildFullText(chunkSize);
    return index;
  }

  /**
   * The list, filters and sorts at once; the full-text index comes later with
   * `buildFullText`. Until then a word is matched as a prefix of names, communities,
   * trajectories and sectors (what short words always match), so the bank is shown and
   * searched while the window opens.
   */
  static listOnly(partners: Iterable<Partner>): PartnerIndex {
    const index = new PartnerIndex();
    index.fullText = false;
    index.load(partners);
    return index;
  }

  /** Builds the full-text index in chunks, yielding between them; then adds what changed meanwhile. */
  async buildFullText(chunkSize = 1000): Promise<void> {
    if (this.fullText) return;
    await this.search.addAllAsync(
      [...this.entries.values()].map((e) => e.p),
      { chunkSize },
    );
    for (const id of this.pendingText) {
      if (this.search.has(id)) this.search.discard(id);
      const e = this.entries.get(id);
      if (e) this.search.add(e.p);
    }
    this.pendingText.clear();
    this.fullText = true;
    this.changed();
  }

  /** Whether words are searched through the full-text index yet (see listOnly). */
  get fullTextReady(): boolean {
    return this.fullText;
  }

  private load(partners: Iterable<Partner>): Partner[] {
    for (const p of partners) if (!p.deleted) this.entries.set(p.id, toEntry(p));
    this.changed();
    return [...this.entries.values()].map((e) => e.p);
  }

  private changed(): void {
    this.orders.clear();
    this.lastBase = undefined;
    this.lastHits = undefined;
  }

  get size(): number {
    return this.entries.size;
  }

  get(id: string): Partner | undefined {
    return this.entries.get(id)?.p;
  }

  /** Adds or replaces a partner; a deleted (tombstoned) record is removed. */
  upsert(p: Partner): void {
    if (p.deleted) {
      this.remove(p.id);
      return;
    }
    this.entries.set(p.id, toEntry(p));
    if (!this.fullText) this.pendingText.add(p.id);
    else {
      if (this.search.has(p.id)) this.search.discard(p.id);
      this.search.add(p);
    }
    this.changed();
  }

  remove(id: string): void {
    if (!this.entries.delete(id)) return;
    if (!this.fullText) this.pendingText.add(id);
    else this.search.discard(id);
    this.changed();
  }

  /** Ids of the partners the query selects, in display order. */
  query(input: PartnerQueryInput, ctx: SearchContext): string[] {
    const q = PartnerQuery.parse(input);
    const terms = splitTerms(q.text);
    // Before the full-text index exists, every word is a prefix of the quick words.
    const long = this.fullText ? terms.long : [];
    const needles = (this.fullText ? terms.short : [...terms.short, ...terms.long]).map(toNeedle);
    const found = long.length ? this.hits(long.join(' ')) : null;
    const { key, dir } = q.sort;
    const desc = dir === 'desc';

    if (found && key === 'relevance') {
      const filter = this.predicate(q.filters, q.view, ctx);
      const out: string[] = [];
      for (const h of found.hits) {
        const e = this.entries.get(h.id as string);
        if (e && (needles.length === 0 || hasPrefixes(e, needles)) && filter(e)) out.push(e.id);
      }
      if (desc) out.reverse();
      return out;
    }

    // The filtered list in display order, kept while only the text changes.
    const rows = this.base(q, ctx);
    const out: string[] = [];
    if (!found && needles.length === 0) {
      for (const e of rows) out.push(e.id);
      return out;
    }
    const ids = found?.ids;
    for (const e of rows) if ((!ids || ids.has(e.id)) && (needles.length === 0 || hasPrefixes(e, needles))) out.push(e.id);
    return out;
  }

  /** Full-text hits for the long words, remembered for the next keystroke. */
  private hits(text: string): NonNullable<PartnerIndex['lastHits']> {
    if (this.lastHits?.text !== text) {
      const hits = this.search.search(text);
      const ids = new Set<unknown>();
      for (const h of hits) ids.add(h.id);
      this.lastHits = { text, hits, ids };
    }
    return this.lastHits;
  }

  /** Entries passing the filters and view, in the sort's order (relevance without text: by name). */
  private base(q: PartnerQuery, ctx: SearchContext): Entry[] {
    const cacheKey = JSON.stringify([q.filters, q.view, q.sort]);
    if (this.lastBase && this.lastBase.key === cacheKey && this.lastBase.ctx === ctx) return this.lastBase.rows;
    const { key, dir } = q.sort;
    const desc = dir === 'desc';
    const filter = this.predicate(q.filters, q.view, ctx);
    const sortKey: StaticSortKey = key === 'relevance' || key === 'activeMandates' || key === 'hours' ? 'name' : key;
    const order = this.order(sortKey, key === 'relevance' ? false : desc && sortKey === key);
    const rows: Entry[] = [];
    for (const e of order) if (filter(e)) rows.push(e);
    if (key === 'activeMandates' || key === 'hours') {
      const loadKey = (e: Entry): number => {
        const l = ctx.loads.get(e.id) ?? EMPTY_LOAD;
        return key === 'hours' ? l.hours12m : commitments(l);
      };
      // rows are already in name order and Array.prototype.sort is stable: ties stay by name.
      const sign = desc ? -1 : 1;
      rows.sort((a, b) => (loadKey(a) - loadKey(b)) * sign);
    }
    this.lastBase = { key: cacheKey, ctx, rows };
    return rows;
  }

  private order(key: StaticSortKey, desc: boolean): Entry[] {
    const cacheKey = `${key}:${desc ? 'desc' : 'asc'}`;
    let order = this.orders.get(cacheKey);
    if (!order) {
      order = [...this.entries.values()].sort(key === 'name' ? (desc ? (a, b) => byName(b, a) : byName) : compareBy(staticKey[key], desc));
      this.orders.set(cacheKey, order);
    }
    return order;
  }

  private predicate(f: PartnerFilters, view: PartnerQuery['view'], ctx: SearchContext): (e: Entry) => boolean {
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
      if (languages.size && !matchesAny(e.languages, languages)) return false;
      if (sectors.size && !matchesAny(e.sectors, sectors)) return false;
      if (trajectories.size && !matchesAny(e.trajectories, trajectories)) return false;
      if (communities.size && !communities.has(e.community)) return false;
      if (consents.length) for (const c of consents) if (!hasConsent(e, c, today)) return false;
      if (f.training === 'trained' && !e.trained) return false;
      if (f.training === 'untrained' && e.trained) return false;
      if (view === 'follow_up' && followUpFrom(e.dormant, e.nextStepAt, e.lastTouch, today, cutoff) === null) return false;
      if (view === 'over_solicited' && !isOverSolicited(loads.get(e.id) ?? EMPTY_LOAD, thresholds)) return false;
      return true;
    };
  }
}
