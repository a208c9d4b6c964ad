import { PipelineStep, type IsoDate, type Partner } from '../model';
import { isDormantRecord, lastTouchDate } from './load';
import { foldCached, foldedWords } from './text';

/**
 * A partner with the keys that filters, sorts and the text scan would otherwise recompute
 * per keystroke. The hot fields are copied too: partners loaded from storage come in many
 * object shapes (optional fields present or not), and reading them in a 20,000-row loop
 * goes megamorphic; entries all share one shape.
 *
 * Text is kept as folded words joined by SEP, with SEP before and after each word, so
 * one native `includes(SEP + term)` answers "some word starts with the term" and
 * `includes(SEP + word + SEP)` "this exact word is there".
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
  /** First and last name words: a match here ranks first. */
  readonly names: string;
  /** Community words: a match here ranks second. */
  readonly place: string;
  /** Names, community, trajectories and sectors: what every word is matched against. */
  readonly quick: string;
  /** Initial letters (a–z) of the quick words as bits: the first keystroke tests one bit. */
  readonly initials: number;
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
interface Words {
  text: string;
  initials: number;
}
const NO_WORDS: Words = { text: '', initials: 0 };
const wordsMemo = new Map<string, Words>();
const WORDS_CAP = 50_000;
const wordsIn = (s: string): Words => {
  let hit = wordsMemo.get(s);
  if (hit === undefined) {
    const words = foldedWords(s);
    let initials = 0;
    for (const w of words) {
      const c = w.charCodeAt(0) - 97;
      if (c >= 0 && c < 26) initials |= 1 << c;
    }
    hit = words.length ? { text: words.join(SEP) + SEP, initials } : NO_WORDS;
    if (wordsMemo.size >= WORDS_CAP) wordsMemo.clear();
    wordsMemo.set(s, hit);
  }
  return hit;
};

const STEP_RANK: ReadonlyMap<string, number> = new Map(PipelineStep.options.map((s, i) => [s, i]));

export const toEntry = (p: Partner): Entry => {
  const first = wordsIn(p.firstName);
  const last = wordsIn(p.lastName);
  const town = p.community ? wordsIn(p.community) : NO_WORDS;
  const names = SEP + first.text + last.text;
  let quick = names + town.text;
  let initials = first.initials | last.initials | town.initials;
  for (const t of p.trajectories) {
    const w = wordsIn(t);
    quick += w.text;
    initials |= w.initials;
  }
  for (const s of p.sectors) {
    const w = wordsIn(s);
    quick += w.text;
    initials |= w.initials;
  }
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
    names,
    place: SEP + town.text,
    quick,
    initials,
    about: '',
    aboutDone: false,
    touch: '',
    stepRank: STEP_RANK.get(p.step) ?? 0,
    hidden: p.archived === true || p.anonymised === true,
  };
};

export const lastTouchOf = (e: Entry): IsoDate => e.touch || (e.touch = lastTouchDate(e.p));

/** The free text (notes, shared experiences) as SEP-joined folded words; unique per person, so not memoised. */
export const aboutOf = (p: Partner): string => {
  const words = foldedWords([...p.sharedExperiences, p.notes ?? ''].join(' '));
  return words.length ? SEP + words.join(SEP) + SEP : '';
};

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

/** The bit of a one-letter a–z term in `initials`, else 0. */
export const letterBit = (t: string): number => {
  const c = t.charCodeAt(0) - 97;
  return t.length === 1 && c >= 0 && c < 26 ? 1 << c : 0;
};
