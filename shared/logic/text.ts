/**
 * Accent- and case-insensitive text helpers shared by search, filters and matching.
 * Coordinators type without accents on borrowed keyboards ("Helene" for "Hélène"),
 * so every comparison of human text goes through `fold`.
 */

const COMBINING_MARKS = /\p{M}+/gu;
const LIGATURES: Readonly<Record<string, string>> = { œ: 'oe', æ: 'ae', ß: 'ss' };
const LIGATURE_RE = /[œæß]/g;
const WORD_SPLIT = /[^\p{L}\p{N}]+/u;

/** Lower-case, decompose and drop combining marks: "Hélène Cœur" → "helene coeur". */
export const fold = (s: string): string =>
  s
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(LIGATURE_RE, (c) => LIGATURES[c] ?? c);

/**
 * Folding is the hot path of ranking (thousands of partners sharing the same few sector
 * and trajectory labels), so labels are memoised. The cap keeps free text typed once
 * from growing the memo without bound.
 */
const memo = new Map<string, string>();
const MEMO_CAP = 50_000;

export const foldCached = (s: string): string => {
  const hit = memo.get(s);
  if (hit !== undefined) return hit;
  const folded = fold(s);
  if (memo.size >= MEMO_CAP) memo.clear();
  memo.set(s, folded);
  return folded;
};

/**
 * A lookup key: folded, with everything but letters and digits turned into single spaces
 * ("Hospitalisation (médecine, chirurgie)" → "hospitalisation medecine chirurgie").
 */
export const foldKey = (s: string): string =>
  fold(s)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/**
 * An ASCII piece of a file name: folded like every other comparison, words joined by
 * hyphens ("Cœur d'Hélène" → "coeur-d-helene"), at most `max` characters.
 */
export const fileSlug = (s: string, max = 60): string => foldKey(s).replace(/ /g, '-').slice(0, max);

/** Words of a text, folded; hyphenated place names split ("Saint-Jean" → saint, jean). */
export const foldedWords = (s: string): string[] =>
  fold(s)
    .split(WORD_SPLIT)
    .filter((w) => w.length > 0);

/** Tokenizer for the search index: splits on anything that is not a letter or digit. */
export const tokenize = (s: string): string[] => s.split(WORD_SPLIT).filter((w) => w.length > 0);
