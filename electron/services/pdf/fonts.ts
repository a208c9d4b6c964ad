import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { inflateSync } from 'node:zlib';
import type { TFontDictionary } from 'pdfmake/interfaces';

// Not named `require`: the bundled ESM main already declares one (electron-vite's shim).
export const resolveFrom = createRequire(import.meta.url);

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
const syllabics = (weight: number) => `@fontsource/noto-sans-canadian-aboriginal/files/noto-sans-canadian-aboriginal-canadian-aboriginal-${weight}-normal.woff`;

type Faces = { normal: string; bold: string; italics: string; bolditalics: string };

export const FACES: Record<FontFamily, Faces> = {
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

/**
 * Unwraps a WOFF file into the plain TrueType font it compresses. pdfmake parses the font
 * again for every document; doing the inflation once here instead of per document is most
 * of what keeps a sheet close to the cost of a one-line page.
 */
export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.toString('latin1', 0, 4) !== 'wOFF') return woff;
  const numTables = woff.readUInt16BE(12);
  const tables = Array.from({ length: numTables }, (_, i) => {
    const at = 44 + i * 20;
    const offset = woff.readUInt32BE(at + 4);
    const compLength = woff.readUInt32BE(at + 8);
    const origLength = woff.readUInt32BE(at + 12);
    const raw = woff.subarray(offset, offset + compLength);
    return {
      tag: woff.subarray(at, at + 4),
      checksum: woff.readUInt32BE(at + 16),
      data: compLength < origLength ? inflateSync(raw) : raw,
    };
  });
  const pow2 = 2 ** Math.floor(Math.log2(numTables));
  const head = Buffer.alloc(12 + 16 * numTables);
  woff.copy(head, 0, 4, 8);
  head.writeUInt16BE(numTables, 4);
  head.writeUInt16BE(pow2 * 16, 6);
  head.writeUInt16BE(Math.log2(pow2), 8);
  head.writeUInt16BE(numTables * 16 - pow2 * 16, 10);
  const chunks: Buffer[] = [head];
  let offset = head.length;
  tables.forEach((t, i) => {
    const at = 12 + i * 16;
    t.tag.copy(head, at);
    head.writeUInt32BE(t.checksum, at + 4);
    head.writeUInt32BE(offset, at + 8);
    head.writeUInt32BE(t.data.length, at + 12);
    const padded = Buffer.alloc((t.data.length + 3) & ~3);
    t.data.copy(padded);
    chunks.push(padded);
    offset += padded.length;
  });
  return Buffer.concat(chunks);
}

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
      vfs.writeFileSync(name, woffToSfnt(readFileSync(resolveFrom.resolve(spec))));
      return name;
    };
    dictionary[family] = { normal: load(faces.normal), bold: load(faces.bold), italics: load(faces.italics), bolditalics: load(faces.bolditalics) };
  }
  return dictionary;
}
