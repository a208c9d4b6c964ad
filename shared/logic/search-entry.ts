import { PipelineStep, type IsoDate, type Partner } from '../model';
import { isDormantRecord, lastTouchDate } from './load';
import { foldCached, foldedWords } from './text';

/**
 * A partner with the keys that filters, sorts and the text scan would otherwise recompute
 * per keystroke. The hot fields are copied too: partners loaded from storage come in many
 * object shapes (optional fields present or not), and reading them in a 20,000-row loop
 * goes megamorphic; entries all share one shape.
 *
 * Words are found through the index's word lists (search-postings.ts); the free text's
 * folded words are also kept joined by SEP (`about`) for the vocabulary a typo is checked
 * against.
 */
export interface Entry {
  readonly p: Partner;
  readonly id: string;
  readonly step: Partner['step'];
  readonly roles: readonly string[];
  readonly levels: readonly string[];
  readonly trained: boolean;
  readonly consents: Partner['consents'];
  readonly nextStepAt: IsoDate | undefined;
  readonly dormant: boolean;
  readonly nameKey: string;
  readonly community: string;
  /** The entry's number in its index's word lists (search-postings.ts); -1 until filed. */
  ord: number;
  /**
   * Notes and shared experiences, folded: filled when the full text is built (at start-up
   * in slices between frames, see PartnerIndex.buildFullText), '' until then.
   */
  about: string;
  aboutDone: boolean;
  /** The last-touch date, computed the first time a view or sort needs it ('' until then). */
  touch: IsoDate | '';
  readonly stepRank: number;
  readonly hidden: boolean;
}

export const SEP = '\u0001';

/**
 * Names, places, trajectories and sectors repeat across thousands of people (a few
 * hundred family names and communities, a few dozen trajectories), so their words are
 * memoised: building 20,000 entries at start-up folds each distinct value once.
 */
const wordsMemo = new Map<string, readonly string[]>();
const WORDS_CAP = 50_000;
const quickWords = (s: string): readonly string[] => {
  let hit = wordsMemo.get(s);
  if (hit === undefined) {
    hit = foldedWords(s);
    if (wordsMemo.size >= WORDS_CAP) wordsMemo.clear();
    wordsMemo.set(s, hit);
  }
  return hit;
};

const STEP_RANK: ReadonlyMap<string, number> = new Map(PipelineStep.options.map((s, i) => [s, i]));

export const toEntry = (p: Partner): Entry => {
  return {
    p,
    id: p.id,
    step: p.step,
    roles: p.roles,
    levels: p.levels,
    trained: p.trainings.length > 0,
    consents: p.consents,
    nextStepAt: p.nextStepAt,
    dormant: isDormantRecord(p),
    nameKey: `${foldCached(p.lastName)}\u0000${foldCached(p.firstName)}\u0000${p.id}`,
    community: p.community ? foldCached(p.community) : '',
    ord: -1,
    about: '',
    aboutDone: false,
    touch: '',
    stepRank: STEP_RANK.get(p.step) ?? 0,
    hidden: p.archived === true || p.anonymised === true,
  };
};

export const lastTouchOf = (e: Entry): IsoDate => e.touch || (e.touch = lastTouchDate(e.p));

/** Where a word of a person was found, which decides how a match on it ranks: names, community, other labels. */
export type Field = 'names' | 'place' | 'labels';

/**
 * Calls `fn` with each name, the community, each trajectory and each sector, and the
 * value's folded words (memoised per value).
 */
export const forEachQuickValue = (p: Partner, fn: (field: Field, value: string, words: readonly string[]) => void): void => {
  fn('names', p.firstName, quickWords(p.firstName));
  fn('names', p.lastName, quickWords(p.lastName));
  if (p.community) fn('place', p.community, quickWords(p.community));
  for (const t of p.trajectories) fn('labels', t, quickWords(t));
  for (const s of p.sectors) fn('labels', s, quickWords(s));
};

/** The free text's folded words (notes, shared experiences); unique per person, so not memoised. */
export const aboutWords = (p: Partner): string[] => foldedWords([...p.sharedExperiences, p.notes ?? ''].join(' '));

/** The same words SEP-joined, SEP before and after each. */
export const aboutOf = (words: readonly string[]): string => (words.length ? SEP + words.join(SEP) + SEP : '');

/** Every word of a SEP-joined text. */
export const wordsOf = (text: string): string[] => text.split(SEP).filter((w) => w.length > 0);

/** Articles and prepositions, dropped when they sit beside real words ("cancer du sein"). */
const STOP_WORDS: ReadonlySet<string> = new Set('a au aux d de des du en et l la le les un une pour of to in on an at or the and for'.split(' '));

/**
 * Splits the typed text. Words of three letters or more are matched against the whole
 * text (names, places, trajectories, sectors, notes, shared experiences); shorter ones,
 * which would otherwise match most notes, only against names, communities, trajectories
 * and sectors, so the first keystrokes of "He" or "J Tremblay" find people by name.
 * Articles beside other words are ignored; typed alone ("de") they still match names
 * ("Desbiens").
 */
export const splitTerms = (text: string): { long: string[]; short: string[] } => {
  const all = foldedWords(text);
  const content = all.filter((w) => !STOP_WORDS.has(w));
  const words = content.length > 0 ? content : all;
  return { long: words.filter((w) => w.length >= 3), short: words.filter((w) => w.length < 3) };
};
