import { aboutWords, forEachQuickValue, aboutOf, wordsOf, type Entry, type Field } from './search-entry';
import { Postings } from './search-postings';

/**
 * One typed word as tested against an entry. A short word (one or two letters) is a
 * prefix of a name, community, trajectory or sector word; a longer one is a prefix of any
 * word, notes included; a longer one that starts no word at all is taken for a typo and
 * matches the words a few edits away.
 */
export interface Term {
  text: string;
  /** Whether notes and shared experiences count. */
  full: boolean;
  /** Whether some word of the notes or shared experiences starts with it (only when `full`). */
  reach: boolean;
  /** Typo: the exact words any of which matches; undefined for a prefix. */
  near: string[] | undefined;
}

/**
 * How well each entry (by number) matches one term, 0 for not at all: a word found in the
 * name counts most, then in the community, then elsewhere; a whole word more than a prefix.
 */
const NAME_WHOLE = 7;
const NAME_PREFIX = 6;
const PLACE_WHOLE = 5;
const PLACE_PREFIX = 4;
const NEAR_ELSEWHERE = 3;
const ELSEWHERE = 2;

/** Appends to `into` the entries of `from` that match every term (indexed loops: this runs over 20,000 entries per keystroke). */
export const collect = (from: readonly Entry[], levels: readonly Uint8Array[], into: Entry[]): void => {
  const n = levels.length;
  for (let i = 0; i < from.length; i++) {
    const e = from[i] as Entry;
    let j = 0;
    while (j < n && (levels[j] as Uint8Array)[e.ord]) j++;
    if (j === n) into.push(e);
  }
};

/** Relevance: the sum of the entry's levels over the terms. */
export const score = (e: Entry, levels: readonly Uint8Array[]): number => {
  let s = 0;
  for (let j = 0; j < levels.length; j++) s += (levels[j] as Uint8Array)[e.ord] as number;
  return s;
};

/** Whether every entry matching `now` also matched `before`: each earlier word is the start of a word now typed, of the same kind. */
export const narrows = (before: readonly Term[], now: readonly Term[]): boolean =>
  before.every((b) => !b.near && now.some((t) => !t.near && t.text.startsWith(b.text) && (b.full || !t.reach)));

/** A term's cache key: its kind and text. */
const termKey = (t: Term): string => (t.near ? `~${t.full ? 1 : 0}${t.near.join(' ')}` : `${t.full ? 1 : 0}${t.text}`);

/**
 * The bank's word lists (search-postings.ts), one per field, and the numbers they hold:
 * each entry filed gets the next number; a changed or removed entry leaves a hole, and
 * everyone is numbered afresh once more entries are dead than alive (after a restore or a
 * re-import replaced most of the bank), so the lists do not keep growing. A term's match
 * levels are kept until the next change.
 */
export class WordLists {
  /** Entries by number; a changed or removed entry leaves a hole. */
  private byOrd: (Entry | undefined)[] = [];
  private dead = 0;
  private readonly postings: Record<Field | 'about', Postings> = {
    names: new Postings(),
    place: new Postings(),
    labels: new Postings(),
    about: new Postings(),
  };
  private readonly cache = new Map<string, Uint8Array>();

  /** Gives the entry the next number and files its words (not the free text: fileAbout). */
  file(e: Entry): void {
    e.ord = this.byOrd.length;
    this.byOrd.push(e);
    const { ord } = e;
    forEachQuickValue(e.p, (field, value, words) => this.postings[field].addValue(value, words, ord));
  }

  /** Folds the entry's free text and files its words. */
  fileAbout(e: Entry): void {
    const words = aboutWords(e.p);
    e.about = aboutOf(words);
    e.aboutDone = true;
    for (const w of words) this.postings.about.add(w, e.ord);
  }

  /** The entry no longer counts (replaced or removed). */
  unfile(e: Entry): void {
    this.byOrd[e.ord] = undefined;
    this.dead++;
  }

  /** Whether some free-text word starts with `prefix`. */
  aboutHasPrefix(prefix: string): boolean {
    return this.postings.about.hasPrefix(prefix);
  }

  /** Any change to the entries: the kept levels are stale. */
  changed(): void {
    this.cache.clear();
  }

  private compact(live: Iterable<Entry>, size: number): void {
    if (this.dead < 1000 || this.dead < size) return;
    for (const p of Object.values(this.postings)) p.clear();
    this.byOrd = [];
    this.dead = 0;
    for (const e of live) {
      this.file(e);
      if (e.aboutDone) for (const w of wordsOf(e.about)) this.postings.about.add(w, e.ord);
    }
  }

  /** How well each entry matches a term (0: not at all), by number; `live` is every entry, for renumbering. */
  levels(t: Term, live: ReadonlyMap<string, Entry>): Uint8Array {
    const key = termKey(t);
    let levels = this.cache.get(key);
    if (levels) return levels;
    this.compact(live.values(), live.size);
    levels = new Uint8Array(this.byOrd.length);
    const { names, place, labels, about } = this.postings;
    if (t.near) {
      for (const w of t.near) {
        labels.markWord(levels, w, NEAR_ELSEWHERE);
        if (t.full) about.markWord(levels, w, NEAR_ELSEWHERE);
        place.markWord(levels, w, PLACE_WHOLE);
        names.markWord(levels, w, NAME_WHOLE);
      }
    } else {
      labels.mark(levels, t.text, ELSEWHERE, ELSEWHERE);
      if (t.full) about.mark(levels, t.text, ELSEWHERE, ELSEWHERE);
      place.mark(levels, t.text, PLACE_PREFIX, PLACE_WHOLE);
      names.mark(levels, t.text, NAME_PREFIX, NAME_WHOLE);
    }
    // A few typed words at a time; a long session of typing does not keep them all.
    if (this.cache.size >= 64) this.cache.clear();
    this.cache.set(key, levels);
    return levels;
  }
}
