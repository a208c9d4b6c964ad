import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { TFontDictionary } from 'pdfmake/interfaces';

const require = createRequire(import.meta.url);

/** pdfmake family names used in document definitions. */
export const FONT = {
  latin: 'NotoSans',
  latinExt: 'NotoSansLatinExt',
  syllabics: 'NotoSansSyllabics',
} as const;
export type FontFamily = (typeof FONT)[keyof typeof FONT];

/*
 * WOFF, not WOFF2: fontkit 2.0.4 subsets a WOFF2 font by copying bytes out of the
 * transformed glyf table, which yields empty or broken outlines (the PDF still extracts as
 * text, but prints blank). Checked with pdftoppm; tests/unit/pdf guards it by measuring ink.
 * The Latin subset covers U+0000-00FF and U+2000-206F: French accents, « », ’ “ ”, – —.
 */
const latin = (variant: string) => `@fontsource/noto-sans/files/noto-sans-latin-${variant}.woff`;
const latinExt = (variant: string) => `@fontsource/noto-sans/files/noto-sans-latin-ext-${variant}.woff`;
const syllabics = (weight: number) =>
  `@fontsource/noto-sans-canadian-aboriginal/files/noto-sans-canadian-aboriginal-canadian-aboriginal-${weight}-normal.woff`;

type Faces = { normal: string; bold: string; italics: string; bolditalics: string };

const FACES: Record<FontFamily, Faces> = {
  [FONT.latin]: {
    normal: latin('400-normal'),
    bold: latin('700-normal'),
    italics: latin('400-italic'),
    bolditalics: latin('700-italic'),
  },
  [FONT.latinExt]: {
    normal: latinExt('400-normal'),
    bold: latinExt('700-normal'),
    italics: latinExt('400-italic'),
    bolditalics: latinExt('700-italic'),
  },
  // The syllabics have no italic design; slanting them would misprint, so upright is used.
  [FONT.syllabics]: { normal: syllabics(400), bold: syllabics(700), italics: syllabics(400), bolditalics: syllabics(700) },
};

export interface VirtualFs {
  writeFileSync(name: string, data: Buffer): void;
}

/**
 * Copies every face into pdfmake's virtual file system (so documents never touch the disk
 * or need a local-access exception) and returns the dictionary to register. pdfmake only
 * parses a face when a document uses it.
 */
export function loadFonts(vfs: VirtualFs): TFontDictionary {
  const dictionary: TFontDictionary = {};
  for (const [family, faces] of Object.entries(FACES)) {
    const load = (spec: string): string => {
      const name = `relais/${spec.split('/').pop() ?? spec}`;
      vfs.writeFileSync(name, readFileSync(require.resolve(spec)));
      return name;
    };
    dictionary[family] = { normal: load(faces.normal), bold: load(faces.bold), italics: load(faces.italics), bolditalics: load(faces.bolditalics) };
  }
  return dictionary;
}
