import type { Partner } from '../model';
import { commitments, EMPTY_LOAD } from './load';
import { PartnerQuery, type PartnerQueryInput } from './partner-query';
import { byName, compareBy, predicate, staticKey, type SearchContext, type StaticSortKey } from './search-filter';
import { forEachQuickValue, splitTerms, toEntry, wordsOf, type Entry } from './search-entry';
import { collect, narrows, score, WordLists, type Term } from './search-terms';
import { Vocabulary } from './search-words';

export type { SearchContext } from './search-filter';

/** Entries built ahead by `PartnerIndex.prepare`, keyed by the row object they were built from. */
const prepared = new WeakMap<Partner, Entry>();

/**
 * The bank list's in-memory index: folded words (accent- and case-folded) with the people
 * who have them (search-postings.ts), filters and sorts over plain arrays, so a keystroke
 * never touches IndexedDB and never re-reads 20,000 people's text. Keep it in sync with
 * `upsert` / `remove` / `upsertMany` as records change.
 */
export class PartnerIndex {
  private readonly entries = new Map<string, Entry>();
  private readonly lists = new WordLists();
  /**
   * Every distinct word, built only when a search finds nothing (to tell a typo from a
   * word that is simply absent) and dropped at any change: typos are rare, start-up is not.
   */
  private words: { quick: Vocabulary; about: Vocabulary } | undefined;
  /** Sorted orders by static key and direction, rebuilt lazily after a change. */
  private readonly orders = new Map<string, Entry[]>();
  /**
   * Typing changes only the text: the last filtered, sorted list (filters, view, sort and
   * context unchanged) is kept, and so are the last matches, which the next keystroke
   * narrows instead of scanning the bank again when it only adds letters or words. Any
   * change to the records drops both.
   */
  private lastBase: { key: string; ctx: SearchContext; rows: Entry[] } | undefined;
  private lastText: { base: Entry[]; terms: Term[]; rows: Entry[] } | undefined;
  private fullText = true;
  private lastAnswer: string[] = [];
  private building: Promise<void> | undefined;

  constructor(partners: Iterable<Partner> = []) {
    this.load(partners);
    for (const e of this.entries.values()) this.fillAbout(e);
  }

  /** Same as the constructor, but the free text is folded in chunks, yielding between them. */
  static async create(partners: Iterable<Partner>, chunkSize = 1000): Promise<PartnerIndex> {
    const index = PartnerIndex.listOnly(partners);
    await index.buildFullText(chunkSize);
    return index;
  }

  /**
   * The list, filters and sorts at once; notes and shared experiences come later with
   * `buildFullText`. Until then a word is matched against names, communities,
   * trajectories and sectors (what short words always match), so the bank is shown and
   * searched while the window opens.
   */
  static listOnly(partners: Iterable<Partner>): PartnerIndex {
    const index = new PartnerIndex();
    index.fullText = false;
    index.load(partners);
    return index;
  }

  /** Folds the free text of every entry not done yet, in chunks, yielding between them. */
  buildFullText(chunkSize = 1000): Promise<void> {
    if (this.fullText) return Promise.resolve();
    this.building ??= (async () => {
      for (;;) {
        const todo: Entry[] = [];
        for (const e of this.entries.values()) if (!e.aboutDone) todo.push(e);
        if (todo.length === 0) break;
        for (let i = 0; i < todo.length; i += chunkSize) {
          for (const e of todo.slice(i, i + chunkSize)) if (this.entries.get(e.id) === e && !e.aboutDone) this.fillAbout(e);
          await new Promise((r) => setTimeout(r, 0));
        }
      }
      this.fullText = true;
      this.building = undefined;
      // Only what the words matched changes: the sorted orders and the filtered list stay.
      this.words = undefined;
      this.lastText = undefined;
    })();
    return this.building;
  }

  /** Whether notes and shared experiences are searched yet (see listOnly). */
  get fullTextReady(): boolean {
    return this.fullText;
  }

  private fillAbout(e: Entry): void {
    this.lists.fileAbout(e);
  }

  private put(p: Partner): Entry | undefined {
    const old = this.entries.get(p.id);
    if (old) this.lists.unfile(old);
    if (p.deleted) {
      this.entries.delete(p.id);
      return undefined;
    }
    const pre = prepared.get(p);
    const e = pre && pre.ord < 0 ? pre : toEntry(p);
    this.entries.set(p.id, e);
    this.lists.file(e);
    return e;
  }

  private vocabulary(): { quick: Vocabulary; about: Vocabulary } {
    if (!this.words) {
      const quick = new Vocabulary();
      const about = new Vocabulary();
      for (const e of this.entries.values()) {
        forEachQuickValue(e.p, (_, __, words) => quick.add(words));
        about.add(wordsOf(e.about));
      }
      this.words = { quick, about };
    }
    return this.words;
  }

  private load(partners: Iterable<Partner>): void {
    for (const p of partners) this.put(p);
    this.changed();
  }

  private changed(): void {
    // A changed person may keep their place: the next answer is a new array all the same,
    // so whatever shows it draws that person again.
    this.lastAnswer = [];
    this.words = undefined;
    this.lists.changed();
    this.orders.clear();
    this.lastBase = undefined;
    this.lastText = undefined;
  }

  get size(): number {
    return this.entries.size;
  }

  get(id: string): Partner | undefined {
    return this.entries.get(id)?.p;
  }

  /** Adds or replaces a partner; a deleted (tombstoned) record is removed. */
  upsert(p: Partner): void {
    const e = this.put(p);
    if (e) this.fillAbout(e);
    this.changed();
  }

  /**
   * A bulk change (an import, a restore): the list and names are searchable at once, the
   * new free text is folded in chunks afterwards, as at start-up, so a 20,000-row import
   * neither rebuilds the whole index nor freezes the window.
   */
  upsertMany(partners: Iterable<Partner>): Promise<void> {
    let fresh = 0;
    for (const p of partners) if (this.put(p)) fresh++;
    this.changed();
    if (fresh === 0) return this.building ?? Promise.resolve();
    this.fullText = false;
    return this.buildFullText();
  }

  /**
   * Builds the entries of rows that are about to be applied (an import's rows, heard step
   * by step while its worker writes them), so the `upsertMany` of the same row objects at
   * the commit only files them: the work is spread over the steps instead of one long task.
   */
  static prepare(partners: Iterable<Partner>): void {
    for (const p of partners) if (!p.deleted && !prepared.has(p)) prepared.set(p, toEntry(p));
  }

  remove(id: string): void {
    const old = this.entries.get(id);
    if (!old) return;
    this.lists.unfile(old);
    this.entries.delete(id);
    this.changed();
  }

  /**
   * A word that starts no word of the bank is taken for a typo: from five letters on, the
   * words one edit away (two from eight letters) match instead ("chibougamo"). Returns
   * the terms to search again, or null when a word simply matches nothing.
   */
  private typos(terms: readonly Term[]): Term[] | null {
    const { quick, about } = this.vocabulary();
    let changed = false;
    const out: Term[] = [];
    for (const t of terms) {
      if (t.text.length < 3 || quick.hasPrefix(t.text) || (t.full && about.hasPrefix(t.text))) {
        out.push(t);
        continue;
      }
      if (t.text.length < 5) return null;
      const max = t.text.length >= 8 ? 2 : 1;
      const near = new Set([...quick.within(t.text, max), ...(t.full ? about.within(t.text, max) : [])]);
      if (near.size === 0) return null;
      out.push({ ...t, near: [...near] });
      changed = true;
    }
    return changed ? out : null;
  }

  /** Ids of the partners the query selects, in display order. */
  query(input: PartnerQueryInput, ctx: SearchContext): string[] {
    return this.queryParsed(PartnerQuery.parse(input), ctx);
  }

  /**
   * The same for a query already parsed (the bank screen's state): no parse per keystroke.
   * An answer equal to the last one is handed back as the same array, so a list memoised on
   * it is left alone by a keystroke that changes nothing it shows ("chibou" → "chibougamau").
   */
  queryParsed(q: PartnerQuery, ctx: SearchContext): string[] {
    const out = this.answer(q, ctx);
    const last = this.lastAnswer;
    if (out.length === last.length) {
      let i = 0;
      while (i < out.length && out[i] === last[i]) i++;
      if (i === out.length) return last;
    }
    this.lastAnswer = out;
    return out;
  }

  private answer(q: PartnerQuery, ctx: SearchContext): string[] {
    const { long, short } = splitTerms(q.text);
    const rows = this.base(q, ctx);
    // Short words: names, places, trajectories, sectors; long ones the notes too, once folded.
    let terms: Term[] = [
      // A long word no note word starts with matches what a short one would: the keystroke
      // that adds its third letter can still narrow the last matches.
      ...long.map((text) => ({ text, full: this.fullText, reach: this.fullText && this.lists.aboutHasPrefix(text), near: undefined })),
      ...short.map((text) => ({ text, full: false, reach: false, near: undefined })),
    ];
    if (terms.length === 0) {
      this.lastText = undefined;
      return rows.map((e) => e.id);
    }
    const last = this.lastText;
    const from = last && last.base === rows && narrows(last.terms, terms) ? last.rows : rows;
    let levels = terms.map((t) => this.lists.levels(t, this.entries));
    const found: Entry[] = [];
    collect(from, levels, found);
    const retry = found.length === 0 && long.length > 0 ? this.typos(terms) : null;
    if (retry) {
      terms = retry;
      levels = terms.map((t) => this.lists.levels(t, this.entries));
      collect(rows, levels, found);
    }
    this.lastText = { base: rows, terms, rows: found };

    if (long.length === 0 || q.sort.key !== 'relevance') return found.map((e) => e.id);
    // Relevance: best score first, ties in name order (found is in name order); desc reverses.
    const buckets = new Map<number, Entry[]>();
    for (const e of found) {
      const s = score(e, levels);
      const b = buckets.get(s);
      if (b) b.push(e);
      else buckets.set(s, [e]);
    }
    const out: string[] = [];
    for (const s of [...buckets.keys()].sort((a, b) => b - a)) for (const e of buckets.get(s) as Entry[]) out.push(e.id);
    if (q.sort.dir === 'desc') out.reverse();
    return out;
  }

  /** Entries passing the filters and view, in the sort's order (relevance: by name). */
  private base(q: PartnerQuery, ctx: SearchContext): Entry[] {
    const cacheKey = JSON.stringify([q.filters, q.view, q.sort]);
    if (this.lastBase && this.lastBase.key === cacheKey && this.lastBase.ctx === ctx) return this.lastBase.rows;
    const { key, dir } = q.sort;
    const desc = dir === 'desc';
    const filter = predicate(q.filters, q.view, ctx);
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

  /**
   * Sorts the bank by name now rather than in the next query: after a bulk change the
   * bank store calls it in a task of its own, so the first render after an import does not
   * pay for a sort of 20,000.
   */
  buildNameOrder(): void {
    this.order('name', false);
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
}
