import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RelaisError } from '../../../shared/bridge/result';
import { canonicalJson } from '../../../shared/sync/canonical';
import { BUNDLE_FORMAT, BUNDLE_VERSION, cleanTable, type BundleRecords } from '../../../shared/sync/format';
import { openBundle } from '../../../electron/services/sync/bundle';
import { buildBundle } from '../../../electron/services/sync/export';
import { generateSigningKey, type SigningKeyPair } from '../../../electron/services/sync/signing';
import type { TableName } from '../../../shared/model/tables';
import { DEVICE, ageKeygen, contact, partner, stampAt, tempDir, tombstone, type AgeIdentity } from './fixtures';

let tmp: ReturnType<typeof tempDir>;
let central: AgeIdentity;
let device: SigningKeyPair;

beforeAll(async () => {
  tmp = tempDir();
  central = ageKeygen(tmp.dir);
  device = await generateSigningKey();
});
afterAll(() => tmp.cleanup());

/** More rows than one writing step (500), a tombstone in a later step, unsorted table order. */
const bigRecords = (): BundleRecords => ({
  partners: Array.from({ length: 1234 }, (_, i) => (i === 900 ? tombstone(i + 1) : partner(i + 1, { notes: `Note « ${i} » ᐄᔨᔨᐤ` }))),
  contacts: Array.from({ length: 640 }, (_, i) => contact(5000 + i, `01JPARTNER${String((i % 1234) + 1).padStart(8, '0')}`)),
});

/** What the export wrote before it streamed: every table validated whole, then one canonicalJson. */
const wholeDocument = (records: BundleRecords, header: unknown): string => {
  const cleaned: Record<string, unknown[]> = {};
  for (const table of Object.keys(records) as TableName[]) {
    const c = cleanTable(table, records[table] ?? []);
    if (!c.ok) throw new Error('fixtures are valid');
    cleaned[table] = c.value.rows;
  }
  return canonicalJson({ format: BUNDLE_FORMAT, formatVersion: BUNDLE_VERSION, header, records: cleaned });
};

describe('full export written a step at a time', () => {
  it('writes the same canonical text as one canonicalJson of the validated records, readable by the age CLI and the strict reader', async () => {
    const records = bigRecords();
    const sealed = await buildBundle({ full: true, sinceStamp: null, deviceId: DEVICE, establishment: 'CRSSS-BJ', records }, device, [central.recipient]);
    if (!sealed) throw new Error('a full export always writes a bundle');
    expect(sealed.header.counts).toEqual({ partners: { records: 1233, tombstones: 1 }, contacts: { records: 640, tombstones: 0 } });
    expect(sealed.header.toStamp).toBe(stampAt(5639));

    const file = join(tmp.dir, 'big.age');
    writeFileSync(file, sealed.bytes);
    const text = gunzipSync(execFileSync('age', ['-d', '-i', central.file, file], { maxBuffer: 1 << 28 })).toString('utf8');
    const signed = wholeDocument(records, sealed.header);
    const cut = text.lastIndexOf(',"signature":');
    expect(text.slice(0, cut)).toBe(signed.slice(0, -1));

    const opened = await openBundle(sealed.bytes, [central.identity]);
    expect(opened.counts).toEqual(sealed.header.counts);
    expect((opened.document.records.partners ?? []).length).toBe(1234);
  });

  it('names invalid rows past the first step, in every table, as the whole-table check did', async () => {
    const records = bigRecords();
    const partners = [...(records.partners ?? [])] as Record<string, unknown>[];
    partners[777] = { ...partners[777], email: 'Secret.Person@example' };
    partners[1200] = { ...partners[1200], step: 'nowhere' };
    const contacts = [...(records.contacts ?? [])] as Record<string, unknown>[];
    contacts[3] = { ...contacts[3], date: '2026-02-30' };
    const err = await buildBundle({ full: true, sinceStamp: null, deviceId: DEVICE, establishment: 'X', records: { partners, contacts } }, device, [
      central.recipient,
    ]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RelaisError);
    expect((err as RelaisError).code).toBe('invalid_input');
    expect((err as RelaisError).message).toBe('invalid records: partners[777].email, partners[1200].step, contacts[3].date');
    expect((err as RelaisError).message).not.toContain('Secret');
  });
});
