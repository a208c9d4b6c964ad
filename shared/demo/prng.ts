/**
 * Seeded randomness and ULID-like ids for the demo data. Math.random and the `ulid`
 * package are avoided on purpose: the same seed must give byte-identical output so tests,
 * screenshots and benchmarks compare like with like.
 */

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Picks by weight; weights need not sum to 1. */
  weighted<T>(items: readonly (readonly [T, number])[]): T;
  /** Up to n distinct items, order randomised. */
  sample<T>(items: readonly T[], n: number): T[];
}

/** mulberry32: tiny, fast, and good enough for fake data. */
export function createRng(seed: number): Rng {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error('pick from empty list');
    return items[Math.floor(next() * items.length)] as T;
  };
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick,
    weighted<T>(items: readonly (readonly [T, number])[]): T {
      let total = 0;
      for (const [, w] of items) total += w;
      let r = next() * total;
      for (const [item, w] of items) {
        r -= w;
        if (r < 0) return item;
      }
      const last = items[items.length - 1];
      if (!last) throw new Error('weighted pick from empty list');
      return last[0];
    },
    sample<T>(items: readonly T[], n: number): T[] {
      const copy = items.slice();
      const k = Math.min(n, copy.length);
      // Partial Fisher–Yates: only the first k positions are shuffled.
      for (let i = 0; i < k; i++) {
        const j = i + Math.floor(next() * (copy.length - i));
        const tmp = copy[i] as T;
        copy[i] = copy[j] as T;
        copy[j] = tmp;
      }
      return copy.slice(0, k);
    },
  };
}

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CODES = Array.from(CROCKFORD, (c) => c.charCodeAt(0));
// Reused buffer: the 20k-partner benchmark builds ~250k ids and string concatenation showed in profiles.
const buf = new Array<number>(26);

/** 26-char id like a ULID: 10 chars of time (ms) then 16 chars from the seeded generator. */
export function makeId(rng: Rng, timeMs: number): string {
  let t = Math.max(0, Math.floor(timeMs));
  for (let i = 9; i >= 0; i--) {
    buf[i] = CODES[t % 32] as number;
    t = Math.floor(t / 32);
  }
  for (let i = 10; i < 26; i++) buf[i] = CODES[Math.floor(rng.next() * 32)] as number;
  return String.fromCharCode(...buf);
}
