/**
 * Step 0 of the import: bytes → text. Excel on a French Windows saves « CSV (séparateur :
 * point-virgule) » in Windows-1252, not UTF-8; read as UTF-8 every accent becomes U+FFFD
 * and "Hélène" is imported as "H�l�ne". The encoding is detected (BOM first, then whether
 * the bytes are valid UTF-8), shown to the user, and can be changed by them. Decoding is
 * the platform's TextDecoder (WHATWG Encoding: the same in Chromium and Node).
 */
export const csvEncodings = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252'] as const;
export type CsvEncoding = (typeof csvEncodings)[number];

export interface DecodedCsv {
  text: string;
  encoding: CsvEncoding;
  /** How the encoding was chosen: a byte-order mark, the bytes' validity, or the user. */
  detectedBy: 'bom' | 'content' | 'user';
  /** Count of U+FFFD replacement characters: bytes this encoding could not read. */
  replacements: number;
}

const REPLACEMENT = /\uFFFD/g;

function bomOf(b: Uint8Array): { encoding: CsvEncoding; length: number } | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (b[0] === 0xff && b[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

const count = (text: string): number => text.match(REPLACEMENT)?.length ?? 0;

/**
 * Windows-1252's bytes 0x80–0x9F (’ œ € « smart quotes »…). Chromium's decoder maps them;
 * Node 20's decodes this label as Latin-1 and leaves C1 controls, so they are mapped here
 * too, and the result is the same in the renderer, the tests and the benchmarks.
 */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';
const C1 = /[\u0080-\u009f]/g;
const fixCp1252 = (text: string): string => text.replace(C1, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);

/** Decodes with one encoding, dropping its byte-order mark if any. */
export function decodeAs(bytes: Uint8Array, encoding: CsvEncoding, detectedBy: DecodedCsv['detectedBy'] = 'user'): DecodedCsv {
  const bom = bomOf(bytes);
  const body = bom && bom.encoding === encoding ? bytes.subarray(bom.length) : bytes;
  const raw = new TextDecoder(encoding, { ignoreBOM: true }).decode(body);
  const text = encoding === 'windows-1252' ? fixCp1252(raw) : raw;
  return { text, encoding, detectedBy, replacements: count(text) };
}

/**
 * A BOM decides; otherwise UTF-8 if the bytes are valid UTF-8 (ASCII is too), else
 * Windows-1252, which maps every byte to a character.
 */
export function decodeCsv(bytes: Uint8Array): DecodedCsv {
  const bom = bomOf(bytes);
  if (bom) return decodeAs(bytes, bom.encoding, 'bom');
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text, encoding: 'utf-8', detectedBy: 'content', replacements: count(text) };
  } catch {
    return decodeAs(bytes, 'windows-1252', 'content');
  }
}

/** Whether a piece of text holds bytes that were not read (U+FFFD). */
export const hasReplacement = (s: string): boolean => s.includes('\uFFFD');
