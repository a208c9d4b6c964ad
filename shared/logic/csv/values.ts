/**
 * Reading one cell into a typed value. Coded values (languages, roles, levels,
 * participation, yes/no) are read through the one vocabulary (shared/vocabulary), so the
 * importer accepts exactly the labels the screens and the export write, plus synonyms.
 */
import type { Language } from '../../model/enums';
import { findSectorId } from '../../reference';
import { readCode, readYesNo, type CodedList } from '../../vocabulary';
import { fold } from './helpers';

/** Languages recognised as 'other', kept in languageOther. */
const otherLanguageWords = new Set([
  'espagnol',
  'spanish',
  'arabe',
  'arabic',
  'innu',
  'innu aimun',
  'atikamekw',
  'naskapi',
  'algonquin',
  'anishinabe',
  'mohawk',
  'portugais',
  'portuguese',
  'italien',
  'italian',
  'creole',
  'mandarin',
  'chinois',
  'chinese',
  'vietnamien',
  'vietnamese',
  'allemand',
  'german',
  'russe',
  'russian',
  'tagalog',
  'persan',
  'farsi',
  'ukrainien',
  'ukrainian',
]);

export interface ParsedLanguages {
  /** Every language spoken, the preferred one first. */
  languages: Language[];
  other?: string;
}

/**
 * "cri; français", "Français, anglais", "Autre (espagnol)": every language of the cell,
 * the first recognised one being the preferred one. Null when a piece is not a language.
 */
export const parseLanguages = (raw: string): ParsedLanguages | null => {
  const out: Language[] = [];
  let other: string | undefined;
  for (const piece of raw.split(/\s*(?:,|;|\/|\+|\n|\bet\b|\band\b)\s*/i)) {
    const p = piece.trim();
    if (!p) continue;
    // "Autre (espagnol)" / "Other (Spanish)" is how the export writes an 'other' language.
    const m = /^(?:autre|other)\s*\((.+)\)$/i.exec(p);
    let code: Language | undefined;
    if (m?.[1]) {
      code = 'other';
      other = m[1].trim();
    } else code = readCode('languages', p);
    if (!code && otherLanguageWords.has(fold(p))) {
      code = 'other';
      other = other ?? p;
    }
    if (!code) return null;
    if (!out.includes(code)) out.push(code);
  }
  if (out.length === 0) return null;
  return other ? { languages: out, other } : { languages: out };
};

export const parseBool = (raw: string): boolean | null => readYesNo(raw);

export const splitList = (raw: string, separators: RegExp): string[] =>
  raw
    .split(separators)
    .map((s) => s.trim())
    .filter((s) => s !== '');

/** Parses a coded list; returns null if any item is unknown. */
export function parseCoded(raw: string, list: CodedList): string[] | null {
  const out: string[] = [];
  for (const part of splitList(raw, /[;,|+\n]|\bet\b|\band\b/)) {
    const hit = readCode(list, part);
    if (hit === undefined) {
      // "Clinique / tactique": a slash separates items unless it belongs to a label.
      const pieces = splitList(part, /\//).map((x) => readCode(list, x));
      if (pieces.length < 2 || pieces.some((x) => x === undefined)) return null;
      for (const x of pieces) if (x !== undefined && !out.includes(x)) out.push(x);
      continue;
    }
    if (!out.includes(hit)) out.push(hit);
  }
  return out;
}

export function parseSectors(raw: string): string[] {
  const out: string[] = [];
  const add = (s: string): void => {
    if (!out.includes(s)) out.push(s);
  };
  // Sector labels contain commas, so commas only split when every piece is a known sector.
  for (const part of splitList(raw, /[;|\n]/)) {
    const id = findSectorId(part);
    if (id) {
      add(id);
      continue;
    }
    const pieces = splitList(part, /,/);
    const ids = pieces.map((p) => findSectorId(p));
    if (pieces.length > 1 && ids.every((x) => x !== undefined)) for (const x of ids) add(x as string);
    else add(part);
  }
  return out;
}
