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

/** Decodes with one encoding, dropping its byte-order mark if any. */
export function decodeAs(bytes: Uint8Array, encoding: CsvEncoding, detectedBy: DecodedCsv['detectedBy'] = 'user'): DecodedCsv {
  const bom = bomOf(bytes);
  const body = bom && bom.encoding === encoding ? bytes.subarray(bom.length) : bytes;
  const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(body);
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
