import { lowerBound } from './search-postings';

/**
 * The distinct words of the bank, counted, for two questions a keystroke asks: does any
 * word start with what was typed (then it is a prefix), and if none does, which words are
 * one or two typos away ("chibougamo" → "chibougamau"). A sorted copy is kept for the
 * first question.
 */
export class Vocabulary {
  private readonly counts = new Map<string, number>();
  private sorted: string[] | undefined;
  private readonly near = new Map<string, string[]>();

  add(words: Iterable<string>): void {
    for (const w of words) {
      const n = this.counts.get(w) ?? 0;
      this.counts.set(w, n + 1);
      if (n === 0) this.dirty();
    }
  }

  private dirty(): void {
    this.sorted = undefined;
    this.near.clear();
  }

  private words(): string[] {
    this.sorted ??= [...this.counts.keys()].sort();
    return this.sorted;
  }

  /** Whether some word starts with `prefix`: a binary search for the first word ≥ it. */
  hasPrefix(prefix: string): boolean {
    const words = this.words();
    const i = lowerBound(words, prefix);
    return i < words.length && (words[i] as string).startsWith(prefix);
  }

  /** Words within `max` edits (insertions, deletions, substitutions) of `term`. */
  within(term: string, max: number): string[] {
    const key = `${max}:${term}`;
    let hit = this.near.get(key);
    if (!hit) {
      hit = [];
      for (const w of this.words()) if (Math.abs(w.length - term.length) <= max && editDistance(term, w, max) <= max) hit.push(w);
      this.near.set(key, hit);
    }
    return hit;
  }
}

/** Levenshtein distance, giving up (returning max + 1) as soon as it must exceed `max`. */
export const editDistance = (a: string, b: string, max: number): number => {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  let cur = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let best = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      cur[j] = v;
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length] as number;
};
