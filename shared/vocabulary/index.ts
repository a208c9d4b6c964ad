/**
 * One vocabulary for coded values (pipeline steps, languages, participation, roles,
 * levels, contexts, yes/no, a partner list's columns): the labels the screens show (the renderer registers them in
 * its `bank` namespace), the CSV export and the PDFs write, and the words the CSV
 * importer and the team-form parser accept. Before, the importer and the form parser kept
 * their own lists and drifted from the screens ("Vidéo" vs « Visioconférence »;
 * « gouvernance » a level in one, a context in the other).
 *
 * The words live in `locales/<lang>/vocabulary.json` (checked by the translations parity
 * test); a reader accepts the labels and synonyms of every language, accents and case
 * ignored.
 */
import type { Context, Language, Level, Participation, PipelineStep, Role, UiLanguage } from '../model/enums';
import { contexts } from '../reference';
import { foldKey } from '../logic/text';
import en from './locales/en/vocabulary.json';
import fr from './locales/fr/vocabulary.json';

export const vocabularyFiles = { fr, en } as const;

type Labels = (typeof fr)['labels'];
/** 'columns': the spreadsheet columns of a partner list (export headers, import guesses). */
export type CodedList = 'steps' | 'languages' | 'participation' | 'roles' | 'levels' | 'contexts' | 'columns';
interface CodeOf {
  steps: PipelineStep;
  languages: Language;
  participation: Participation;
  roles: Role;
  levels: Level;
  contexts: Context;
  columns: string;
}

/** The label of a coded value in the UI language, as screens, exports and PDFs write it. */
export function codeLabel<L extends CodedList>(list: L, code: CodeOf[L], lang: UiLanguage): string {
  if (list === 'contexts') {
    const c = contexts.find((x) => x.id === code);
    return c ? (lang === 'en' ? c.en : c.fr) : code;
  }
  const labels = vocabularyFiles[lang].labels[list as Exclude<CodedList, 'contexts'>] as Record<string, string>;
  return labels[code] ?? code;
}

export const yesNoLabel = (b: boolean, lang: UiLanguage): string => vocabularyFiles[lang].labels[b ? 'yes' : 'no'];

const words = (s: string): string[] =>
  s
    .split(';')
    .map((w) => foldKey(w))
    .filter((w) => w !== '');

/** folded word → code, for one list, from both languages' labels and synonyms. */
function lookupFor(list: CodedList): Map<string, string> {
  const out = new Map<string, string>();
  for (const file of [fr, en]) {
    const syn = ((file.synonyms as Record<string, unknown>)[list] ?? {}) as Record<string, string>;
    for (const [code, ws] of Object.entries(syn)) for (const w of words(ws)) out.set(w, code);
    if (list === 'contexts') for (const c of contexts) for (const l of [c.fr, c.en]) out.set(foldKey(l), c.id);
    else {
      const labels = file.labels[list as keyof Labels] as Record<string, string>;
      for (const [code, l] of Object.entries(labels)) {
        out.set(foldKey(l), code);
        // "Usager partenaire accompagnateur (UPA)" is also written without its parenthesis.
        out.set(foldKey(l.replace(/\s*\(.*\)$/, '')), code);
        for (const part of l.split('/')) out.set(foldKey(part), code);
      }
    }
  }
  return out;
}

const lookups = new Map<CodedList, Map<string, string>>();
/** Imports repeat the same few cells thousands of times: remember raw word → code (bounded). */
const seen = new Map<string, string | undefined>();
const SEEN_CAP = 20_000;

/** The code a word stands for in a list (any language, accents and case ignored), or undefined. */
export function readCode<L extends CodedList>(list: L, word: string): CodeOf[L] | undefined {
  const memoKey = `${list}\u0000${word}`;
  if (seen.has(memoKey)) return seen.get(memoKey) as CodeOf[L] | undefined;
  let table = lookups.get(list);
  if (!table) {
    table = lookupFor(list);
    lookups.set(list, table);
  }
  const code = table.get(foldKey(word));
  if (seen.size >= SEEN_CAP) seen.clear();
  seen.set(memoKey, code);
  return code as CodeOf[L] | undefined;
}

const yesWords = new Set([...words(fr.synonyms.yes), ...words(en.synonyms.yes), foldKey(fr.labels.yes), foldKey(en.labels.yes)]);
const noWords = new Set([...words(fr.synonyms.no), ...words(en.synonyms.no), foldKey(fr.labels.no), foldKey(en.labels.no)]);

/** Yes/no in either language; '' is no; null when the word is neither. */
export function readYesNo(raw: string): boolean | null {
  const v = foldKey(raw);
  if (v === '') return false;
  if (yesWords.has(v)) return true;
  if (noWords.has(v)) return false;
  return null;
}
