import { FONT, type FontFamily } from './fonts';

export interface Run {
  text: string;
  font: FontFamily;
}

/** Code point ranges the Noto subsets actually contain, from their fontsource unicode-range. */
const SYLLABICS: ReadonlyArray<readonly [number, number]> = [
  [0x1400, 0x167f],
  [0x18b0, 0x18ff],
  [0x11ab0, 0x11abf],
];
const LATIN_EXT: ReadonlyArray<readonly [number, number]> = [
  [0x0100, 0x0130],
  [0x0132, 0x0151],
  [0x0154, 0x02ba],
  [0x02bd, 0x02c5],
  [0x02c7, 0x02d9],
  [0x02db, 0x02db],
  [0x02dd, 0x02ff],
  [0x1d00, 0x1dbf],
  [0x1e00, 0x1eff],
  [0x20a0, 0x20ab],
  [0x20ad, 0x20c0],
  [0x2113, 0x2113],
  [0x2c60, 0x2c7f],
  [0xa720, 0xa7ff],
];
const COMBINING: readonly [number, number] = [0x0300, 0x036f];

const within = (cp: number, ranges: ReadonlyArray<readonly [number, number]>): boolean => ranges.some(([lo, hi]) => cp >= lo && cp <= hi);

/** Spaces and marks stay in Latin: the syllabics font has no space glyph. */
const fontOf = (cp: number, previous: FontFamily): FontFamily => {
  if (cp >= COMBINING[0] && cp <= COMBINING[1]) return previous;
  if (within(cp, SYLLABICS)) return FONT.syllabics;
  if (within(cp, LATIN_EXT)) return FONT.latinExt;
  return FONT.latin;
};

/**
 * Splits text into runs a single font can draw. Each subset lacks the others' glyphs, so a
 * Cree or Inuktitut word typed among French words must switch fonts mid-line. Text is
 * composed first (NFC) so that "e" + combining acute prints as the single glyph "é".
 */
export function scriptRuns(text: string): Run[] {
  const runs: Run[] = [];
  let current: Run | undefined;
  for (const ch of text.normalize('NFC')) {
    const font = fontOf(ch.codePointAt(0) ?? 0x20, current?.font ?? FONT.latin);
    if (current && current.font === font) current.text += ch;
    else {
      current = { text: ch, font };
      runs.push(current);
    }
  }
  return runs;
}
