import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RelaisError, type ErrorCode } from '../../../shared/bridge/result';
import { canonicalJson } from '../../../shared/sync/canonical';
import { BUNDLE_FORMAT, BUNDLE_VERSION, cleanTable } from '../../../shared/sync/format';
import { encrypt } from '../../../electron/services/sync/age';
import { openBundle } from '../../../electron/services/sync/bundle';
import { buildBundle, type ExportRequest } from '../../../electron/services/sync/export';
import { generateSigningKey, sign, type SigningKeyPair } from '../../../electron/services/sync/signing';
import { spokenLanguages, type Partner } from '../../../shared/model/partner';
import { gzipSync } from 'node:zlib';
import { DEVICE, ageKeygen, contact, partner, stampAt, tempDir, tombstone, type AgeIdentity } from './fixtures';

let tmp: ReturnType<typeof tempDir>;
let central: AgeIdentity;
let escrow: AgeIdentity;
let stranger: AgeIdentity;
let device: SigningKeyPair;

beforeAll(async () => {
  tmp = tempDir();
  central = ageKeygen(tmp.dir);
  escrow = ageKeygen(tmp.dir, 'escrow.txt');
  stranger = ageKeygen(tmp.dir, 'stranger.txt');
  device = await generateSigningKey();
});
afterAll(() => tmp.cleanup());

const request = (over: Partial<ExportRequest> = {}): ExportRequest => ({
  full: false,
  sinceStamp: stampAt(0),
  deviceId: DEVICE,
  establishment: 'CRSSS-BJ',
  records: { partners: [partner(1), partner(2), tombstone(3)], contacts: [contact(4, 'p1')] },
  ...over,
});

const seal = async (over: Partial<ExportRequest> = {}) => {
  const sealed = await buildBundle(request(over), device, [central.recipient, escrow.recipient]);
  if (!sealed) throw new Error('expected a bundle');
  return sealed.bytes;
};

const refusal = async (p: Promise<unknown>): Promise<ErrorCode> => {
  try {
    await p;
  } catch (err) {
    if (err instanceof RelaisError) return err.code;
    throw err;
  }
  throw new Error('expected a refusal');
};

describe('bundle format v1', () => {
  it('decrypts with the real age CLI into the documented gzip JSON structure', async () => {
    const file = join(tmp.dir, 'b.age');
    writeFileSync(file, await seal());
    const gz = execFileSync('age', ['-d', '-i', central.file, file]);
    const doc = JSON.parse(execFileSync('gunzip', ['-c'], { input: gz }).toString('utf8'));
    expect(doc.format).toBe(BUNDLE_FORMAT);
    expect(doc.formatVersion).toBe(BUNDLE_VERSION);
    expect(doc.header).toMatchObject({ establishment: 'CRSSS-BJ', deviceId: DEVICE, fromStamp: stampAt(0), toStamp: stampAt(4), full: false });
    expect(doc.header.counts).toEqual({ partners: { records: 2, tombstones: 1 }, contacts: { records: 1, tombstones: 0 } });
    expect(doc.records.partners).toHaveLength(3);
    expect(doc.signature.alg).toBe('Ed25519');
    // A tombstone carries no personal field, only what the central office needs to delete.
    const dead = doc.records.partners.find((r: { deleted?: number }) => r.deleted === 1);
    expect(Object.keys(dead).sort()).toEqual(['createdAt', 'deleted', 'deviceId', 'id', 'stamp', 'updatedAt']);
    // The escrow recipient can open it too.
    expect(spawnSync('age', ['-d', '-i', join(tmp.dir, 'escrow.txt'), file]).status).toBe(0);
  });

  it('opens, verifies the device signature and counts per table', async () => {
    const opened = await openBundle(await seal(), [central.identity], [device.publicRaw]);
    expect(opened.counts.partners).toEqual({ records: 2, tombstones: 1 });
    expect(Buffer.from(opened.signerPublicKey).equals(Buffer.from(device.publicRaw))).toBe(true);
    expect(opened.document.records.partners?.[0]).toMatchObject({ notes: 'Disponible le soir. ᐄᔨᔨᐤ ᐊᔅᒌ' });
  });

  it('keeps a day of ten edits under 4 KB', async () => {
    const ten = Array.from({ length: 10 }, (_, i) => partner(10 + i));
    const bytes = await seal({ records: { partners: ten } });
    expect(bytes.length).toBeLessThanOrEqual(4096);
  });

  it('writes nothing for an incremental export without changes, but a full one always', async () => {
    expect(await buildBundle(request({ records: {} }), device, [central.recipient])).toBeNull();
    expect(await buildBundle(request({ full: true, sinceStamp: null, records: {} }), device, [central.recipient])).not.toBeNull();
  });

  it('refuses invalid records by naming the field, never the value', async () => {
    const bad = partner(5, { email: 'Secret.Person@example' });
    const err = await buildBundle(request({ records: { partners: [bad] } }), device, [central.recipient]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RelaisError);
    expect((err as RelaisError).code).toBe('invalid_input');
    expect((err as RelaisError).message).toContain('partners[0].email');
    expect((err as RelaisError).message).not.toContain('Secret');
  });
});

describe('refusals, each with its own code', () => {
  it('a flipped byte', async () => {
    const bytes = await seal();
    const i = bytes.length - 40;
    bytes[i] = (bytes[i] as number) ^ 0x01;
    expect(await refusal(openBundle(bytes, [central.identity]))).toBe('bundle_tampered');
  });

  it('a truncated file', async () => {
    const bytes = await seal();
    expect(await refusal(openBundle(bytes.subarray(0, bytes.length - 25), [central.identity]))).toBe('bundle_truncated');
    expect(await refusal(openBundle(bytes.subarray(0, 30), [central.identity]))).toBe('bundle_truncated');
  });

  it('a signature taken from another bundle', async () => {
    const a = await openBundle(await seal(), [central.identity]);
    const b = await openBundle(await seal({ records: { partners: [partner(9)] } }), [central.identity]);
    const forged = { ...a.document, signature: b.document.signature };
    const bytes = await encrypt(gzipSync(canonicalJson(forged)), [central.recipient]);
    expect(await refusal(openBundle(bytes, [central.identity]))).toBe('bundle_bad_signature');
  });

  it('a valid signature by another device when the device key is pinned', async () => {
    const other = await generateSigningKey();
    const bytes = (await buildBundle(request(), other, [central.recipient]))?.bytes;
    if (!bytes) throw new Error('expected a bundle');
    expect(await refusal(openBundle(bytes, [central.identity], [device.publicRaw]))).toBe('bundle_bad_signature');
  });

  it('the wrong identity', async () => {
    expect(await refusal(openBundle(await seal(), [stranger.identity]))).toBe('bundle_wrong_key');
  });

  it('a newer major version', async () => {
    const doc = (await openBundle(await seal(), [central.identity])).document;
    const bytes = await encrypt(gzipSync(JSON.stringify({ ...doc, formatVersion: '2.0' })), [central.recipient]);
    const err = await openBundle(bytes, [central.identity]).catch((e: unknown) => e);
    expect((err as RelaisError).code).toBe('bundle_newer_version');
    expect((err as RelaisError).message).toContain('2.0');
  });

  it('an older minor: a 1.0 bundle whose partners have one language still opens, and they speak it', async () => {
    const { signature: _old, ...doc } = (
      await openBundle(await seal({ records: { partners: [partner(1, { language: 'cr', languages: ['cr', 'fr'] })] } }), [central.identity])
    ).document;
    const partners = (doc.records.partners ?? []).map((p) => {
      const { languages: _l, ...rest } = p as Record<string, unknown>;
      return rest;
    });
    const unsigned = { ...doc, formatVersion: '1.0', records: { partners } };
    const value = await sign(device.privatePkcs8, Buffer.from(canonicalJson(unsigned), 'utf8'));
    const signed = {
      ...unsigned,
      signature: { alg: 'Ed25519', publicKey: Buffer.from(device.publicRaw).toString('base64'), value: Buffer.from(value).toString('base64') },
    };
    // Written as a laptop writes it: canonical JSON, the signature member last.
    const bytes = await encrypt(gzipSync(canonicalJson(signed)), [central.recipient]);
    const opened = await openBundle(bytes, [central.identity], [device.publicRaw]);
    expect(opened.counts.partners).toEqual({ records: 1, tombstones: 0 });
    const cleaned = cleanTable('partners', opened.document.records.partners ?? []);
    if (!cleaned.ok) throw new Error('expected clean rows');
    expect(spokenLanguages(cleaned.value.rows[0] as Partner)).toEqual(['cr']);
  });

  it('something that is not a bundle', async () => {
    expect(await refusal(openBundle(Buffer.from('hello'), [central.identity]))).toBe('bundle_not_a_bundle');
    const notJson = await encrypt(Buffer.from('plain text'), [central.recipient]);
    expect(await refusal(openBundle(notJson, [central.identity]))).toBe('bundle_not_a_bundle');
  });

  it('reads back what the age CLI itself encrypted', async () => {
    const plain = readFileSync(join(tmp.dir, 'b.age'));
    const gz = execFileSync('age', ['-d', '-i', central.file], { input: plain });
    const reencrypted = execFileSync('age', ['-r', central.recipient], { input: gz });
    const opened = await openBundle(reencrypted, [central.identity]);
    expect(opened.counts.contacts).toEqual({ records: 1, tombstones: 0 });
  });
});
