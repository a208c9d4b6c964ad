/**
 * For one field of the bank (names, communities, other labels, free text): each distinct
 * folded word and the people who have it, as entry numbers. A typed word then finds
 * everyone with a word starting with it by walking the few matching words' lists, instead
 * of testing 20,000 people's text one by one on every keystroke (issue #14: the scan was
 * most of a keystroke's script on an old laptop).
 *
 * Lists only grow: a person changed or removed gets a new number and the old one is left
 * dead in the lists (the caller skips it, and renumbers everyone when too many are dead),
 * so an edit costs a few appends, not a search through lists of thousands.
 */
export class Postings {
  private readonly lists = new Map<string, number[]>();
  /** The words in code-unit order (as `<` compares them), for prefix ranges. */
  private sorted: string[] = [];
  /** Words added since `sorted` was last brought up to date. */
  private fresh: string[] = [];

  /**
   * The lists of a value's words, by the value: a family name or a community shared by
   * thousands costs one lookup per person, not one per word.
   */
  private byValue = new Map<string, number[][]>();

  private listOf(word: string): number[] {
    let list = this.lists.get(word);
    if (!list) {
      list = [];
      this.lists.set(word, list);
      this.fresh.push(word);
    }
    return list;
  }

  add(word: string, ord: number): void {
    const list = this.listOf(word);
    if (list[list.length - 1] !== ord) list.push(ord);
  }

  /** Files every word of a value (`words`: its folded words). */
  addValue(value: string, words: readonly string[], ord: number): void {
    let lists = this.byValue.get(value);
    if (!lists) {
      lists = words.map((w) => this.listOf(w));
      // Free text typed once would grow this without bound: values are a name, a place, a label.
      if (this.byValue.size >= VALUE_CAP) this.byValue.clear();
      this.byValue.set(value, lists);
    }
    for (let i = 0; i < lists.length; i++) {
      const list = lists[i] as number[];
      if (list[list.length - 1] !== ord) list.push(ord);
    }
  }

  clear(): void {
    this.lists.clear();
    this.byValue.clear();
    this.sorted = [];
    this.fresh = [];
  }

  private words(): string[] {
    if (this.fresh.length > 0) {
      // A handful (an edit): put each in place; many (start-up, an import): sort once.
      if (this.fresh.length > 64) this.sorted = [...this.lists.keys()].sort();
      else for (const w of this.fresh) this.sorted.splice(lowerBound(this.sorted, w), 0, w);
      this.fresh = [];
    }
    return this.sorted;
  }

  /**
   * Raises `levels[ord]` to `prefixLevel` for every entry with a word starting with
   * `prefix`, and to `wholeLevel` where that word is `prefix` itself.
   */
  mark(levels: Uint8Array, prefix: string, prefixLevel: number, wholeLevel: number): void {
    const words = this.words();
    for (let i = lowerBound(words, prefix); i < words.length; i++) {
      const w = words[i] as string;
      if (!w.startsWith(prefix)) break;
      raise(levels, this.lists.get(w) as number[], w.length === prefix.length ? wholeLevel : prefixLevel);
    }
  }

  /** Whether some word starts with `prefix`. */
  hasPrefix(prefix: string): boolean {
    const words = this.words();
    const i = lowerBound(words, prefix);
    return i < words.length && (words[i] as string).startsWith(prefix);
  }

  /** Raises `levels[ord]` to `level` for every entry with exactly this word. */
  markWord(levels: Uint8Array, word: string, level: number): void {
    const list = this.lists.get(word);
    if (list) raise(levels, list, level);
  }
}

const VALUE_CAP = 50_000;

const raise = (levels: Uint8Array, ords: readonly number[], level: number): void => {
  for (let i = 0; i < ords.length; i++) {
    const o = ords[i] as number;
    if ((levels[o] as number) < level) levels[o] = level;
  }
};

/** The first index whose word is ≥ `w` in words sorted by code unit. */
export const lowerBound = (words: readonly string[], w: string): number => {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((words[mid] as string) < w) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};
