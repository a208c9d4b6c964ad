import { describe, expect, it } from 'vitest';
import { decodeAs, decodeCsv, guessMapping, parseCsv, validateRows } from '../../../shared/logic/csv';

const TEXT = 'Prénom;Nom;Notes\r\nHélène;Côté;« Très à l’aise », cœur, façon, élève\r\n';

/** Real bytes, written here for each encoding (Windows-1252 by hand: Node has no encoder for it). */
const cp1252Extra: Record<string, number> = { '’': 0x92, œ: 0x9c, '«': 0xab, '»': 0xbb };
const bytes = {
  utf8: new Uint8Array(Buffer.from(TEXT, 'utf8')),
  utf8Bom: new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT, 'utf8')])),
  utf16le: new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')])),
  utf16be: new Uint8Array(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(TEXT, 'utf16le').swap16()])),
  cp1252: new Uint8Array([...TEXT].map((c) => cp1252Extra[c] ?? c.charCodeAt(0))),
};

describe('reading the bytes of a CSV', () => {
  it.each([
    ['UTF-8 without BOM', bytes.utf8, 'utf-8', 'content'],
    ['UTF-8 with BOM', bytes.utf8Bom, 'utf-8', 'bom'],
    ['UTF-16 LE with BOM', bytes.utf16le, 'utf-16le', 'bom'],
    ['UTF-16 BE with BOM', bytes.utf16be, 'utf-16be', 'bom'],
    ['Windows-1252 (French Excel)', bytes.cp1252, 'windows-1252', 'content'],
  ] as const)('%s: detected, accents and column names intact', (_name, b, encoding, by) => {
    const d = decodeCsv(b);
    expect(d).toMatchObject({ encoding, detectedBy: by, replacements: 0 });
    expect(d.text).toBe(TEXT);
    const parsed = parseCsv(d.text);
    expect(parsed.headers).toEqual(['Prénom', 'Nom', 'Notes']);
    expect(guessMapping(parsed.headers)).toEqual({ Prénom: 'firstName', Nom: 'lastName', Notes: 'notes' });
  });

  it('Windows-1252 read as UTF-8 shows replacement characters, and those rows are refused, never imported', () => {
    const d = decodeAs(bytes.cp1252, 'utf-8');
    expect(d.replacements).toBeGreaterThan(0);
    const parsed = parseCsv(d.text);
    const mapping = { [parsed.headers[0] ?? '']: 'firstName' as const, Nom: 'lastName' as const, Notes: 'notes' as const };
    const result = validateRows(parsed.rows, mapping, []);
    expect(result.ok).toEqual([]);
    expect(result.errors.map((e) => e.code)).toContain('unreadable_characters');
  });
});
