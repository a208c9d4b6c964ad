import { createGzip, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RelaisError, type ErrorCode } from '../../../shared/bridge/result';
import { canonicalJson } from '../../../shared/sync/canonical';
import { BUNDLE_MAJOR, BUNDLE_MINOR } from '../../../shared/sync/format';
import { MAX_BUNDLE_JSON_BYTES } from '../../../shared/sync/limits';
import { decrypt, encrypt } from '../../../electron/services/sync/age';
import { openBundle } from '../../../electron/services/sync/bundle';
import { buildBundle } from '../../../electron/services/sync/export';
import { generateSigningKey, sign, type SigningKeyPair } from '../../../electron/services/sync/signing';
import { DEVICE, ageKeygen, contact, partner, stampAt, tempDir, tombstone, type AgeIdentity } from './fixtures';

// Each case here is an attack found by hand (issue 17) that the reader used to accept
// or to answer with the wrong code.

let tmp: ReturnType<typeof tempDir>;
let central: AgeIdentity;
let device: SigningKeyPair;
let text: string;

beforeAll(async () => {
  tmp = tempDir();
  central = ageKeygen(tmp.dir);
  device = await generateSigningKey();
  const sealed = await buildBundle(
    {
      full: false,
      sinceStamp: stampAt(0),
      deviceId: DEVICE,
      establishment: 'CRSSS-BJ',
      records: { partners: [partner(1), partner(2), tombstone(3)], contacts: [contact(4, 'p1')] },
    },
    device,
    [central.recipient],
  );
  if (!sealed) throw new Error('expected a bundle');
  text = gunzipSync(await decrypt(sealed.bytes, [central.identity])).toString('utf8');
});
afterAll(() => tmp.cleanup());

const refusal = async (p: Promise<unknown>): Promise<ErrorCode> => {
  try {
    await p;
  } catch (err) {
    if (err instanceof RelaisError) return err.code;
    throw err;
  }
  throw new Error('expected a refusal');
};

const seal = async (json: string | Uint8Array): Promise<Uint8Array> =>
  encrypt(gzipSync(typeof json === 'string' ? Buffer.from(json, 'utf8') : json), [central.recipient]);

/** Signs any document exactly as a laptop does, so only the reader's own checks can refuse it. */
const signed = async (doc: Record<string, unknown>, key: SigningKeyPair = device): Promise<string> => {
  const { signature: _drop, ...unsigned } = doc;
  const body = canonicalJson(unsigned);
  const value = Buffer.from(await sign(key.privatePkcs8, Buffer.from(body, 'utf8'))).toString('base64');
  const sig = { alg: 'Ed25519', publicKey: Buffer.from(key.publicRaw).toString('base64'), value };
  return `${body.slice(0, -1)},"signature":${canonicalJson(sig)}}`;
};

const doc = (): Record<string, unknown> => JSON.parse(text) as Record<string, unknown>;

describe('1. decompression is capped before parsing', () => {
  it('refuses a gzip bomb past the documented limit with bundle_too_large', async () => {
    // A real bundle followed by spaces past the limit, compressed as a stream (≈ 130 KB).
    const gz = createGzip({ level: 9 });
    const chunks: Buffer[] = [];
    gz.on('data', (c: Buffer) => chunks.push(c));
    const done = new Promise((r) => gz.on('end', r));
    gz.write(text.slice(0, -1));
    const spaces = Buffer.alloc(1 << 20, 0x20);
    for (let i = 0; i <= MAX_BUNDLE_JSON_BYTES >> 20; i++) gz.write(spaces);
    gz.end('}');
    await done;
    const bytes = await encrypt(Buffer.concat(chunks), [central.recipient]);
    const before = process.memoryUsage().rss;
    expect(await refusal(openBundle(bytes, [central.identity]))).toBe('bundle_too_large');
    // Bounded: inflating stops at the limit (the bomb would otherwise hold all 129 MiB and more).
    expect(process.memoryUsage().rss - before).toBeLessThan(1.5 * MAX_BUNDLE_JSON_BYTES);
  });

  it('refuses a real bundle padded with whitespace: canonical form has none', async () => {
    expect(await refusal(openBundle(await seal(`${text.slice(0, -1)} }`), [central.identity]))).toBe('bundle_malformed');
  });
});

describe('2. what is signed is exactly what is read', () => {
  const inject = async (mutate: (d: Record<string, Record<string, unknown>>) => void): Promise<ErrorCode> => {
    const d = doc() as Record<string, Record<string, unknown>>;
    mutate(d);
    // The original signature is kept: the injected member is not covered by it.
    return refusal(openBundle(await seal(canonicalJson(d)), [central.identity]));
  };

  it('refuses members injected beside a valid signature, wherever they are', async () => {
    expect(await inject((d) => void (d.injected = { x: 1 } as never))).toMatch(/^bundle_(bad_signature|malformed)$/);
    expect(await inject((d) => void (d.header!.injected = 'x'))).toMatch(/^bundle_(bad_signature|malformed)$/);
    expect(await inject((d) => void (d.signature!.injected = 'x'))).toMatch(/^bundle_(bad_signature|malformed)$/);
    expect(await inject((d) => void ((d.header!.counts as Record<string, unknown>).injected = { records: 0, tombstones: 0 }))).toMatch(
      /^bundle_(bad_signature|malformed)$/,
    );
    const withProto = `{"__proto__":{"admin":true},${text.slice(1)}`;
    expect(await refusal(openBundle(await seal(withProto), [central.identity]))).toMatch(/^bundle_(bad_signature|malformed)$/);
  });

  it('refuses a document that is not byte for byte in canonical form, even when its content is the same', async () => {
    const reordered = JSON.stringify(JSON.parse(text, (_k, v: unknown) => v)).replace(
      /^\{"format":"relais-bundle","formatVersion":"([^"]+)",/,
      '{"formatVersion":"$1","format":"relais-bundle",',
    );
    expect(reordered).not.toBe(text);
    expect(await refusal(openBundle(await seal(reordered), [central.identity]))).toBe('bundle_malformed');
  });

  it('refuses members unknown to the current minor even when the device signed them', async () => {
    const top = doc();
    top.extra = 1;
    expect(await refusal(openBundle(await seal(await signed(top)), [central.identity]))).toBe('bundle_malformed');
    const inHeader = doc() as { header: Record<string, unknown> };
    inHeader.header.extra = 'x';
    expect(await refusal(openBundle(await seal(await signed(inHeader)), [central.identity]))).toBe('bundle_malformed');
    const inRecord = doc() as { records: { partners: Record<string, unknown>[] } };
    inRecord.records.partners[0]!.extra = 'x';
    expect(await refusal(openBundle(await seal(await signed(inRecord)), [central.identity]))).toBe('bundle_malformed');
    const fatTombstone = doc() as { records: { partners: Record<string, unknown>[] } };
    Object.assign(
      fatTombstone.records.partners.find((r) => r.deleted === 1)!,
      { lastName: 'Personne' },
    );
    expect(await refusal(openBundle(await seal(await signed(fatTombstone)), [central.identity]))).toBe('bundle_malformed');
  });

  it('keeps a newer minor readable, with its additions', async () => {
    const newer = doc() as { formatVersion: string; header: Record<string, unknown>; records: { partners: Record<string, unknown>[] } };
    newer.formatVersion = `${BUNDLE_MAJOR}.${BUNDLE_MINOR + 50}`;
    newer.header.addedLater = 'x';
    newer.records.partners[0]!.addedLater = 'y';
    const opened = await openBundle(await seal(await signed(newer)), [central.identity], [device.publicRaw]);
    expect(opened.counts.partners).toEqual({ records: 2, tombstones: 1 });
    expect((opened.document.header as Record<string, unknown>).addedLater).toBe('x');
    expect((opened.document.records.partners?.[0] as Record<string, unknown>).addedLater).toBe('y');
  });
});

describe('3. degenerate keys and signatures', () => {
  const withSignature = async (publicKey: Uint8Array, value: Uint8Array): Promise<ErrorCode> => {
    const body = text.slice(0, text.lastIndexOf(',"signature":'));
    const sig = canonicalJson({ alg: 'Ed25519', publicKey: Buffer.from(publicKey).toString('base64'), value: Buffer.from(value).toString('base64') });
    return refusal(openBundle(await seal(`${body},"signature":${sig}}`), [central.identity]));
  };
  const identity = Buffer.alloc(32);
  identity[0] = 1;

  it('refuses a small-order public key with R = identity and S = 0 (it verifies anything)', async () => {
    expect(await withSignature(identity, Buffer.concat([identity, Buffer.alloc(32)]))).toBe('bundle_bad_signature');
  });

  it('refuses a non-canonical public key encoding (y ≥ p)', async () => {
    const nonCanonical = Buffer.alloc(32, 0xff);
    nonCanonical[0] = 0xee; // p + 1, the identity point written the long way
    nonCanonical[31] = 0x7f;
    expect(await withSignature(nonCanonical, Buffer.concat([identity, Buffer.alloc(32)]))).toBe('bundle_bad_signature');
  });

  it('refuses a malleated signature with S + L', async () => {
    const d = doc() as { signature: { value: string } };
    const sig = Buffer.from(d.signature.value, 'base64');
    const L = (1n << 252n) + 27742317777372353535851937790883648493n;
    let s = 0n;
    for (let i = 31; i >= 0; i--) s = (s << 8n) | BigInt(sig[32 + i]!);
    s += L;
    for (let i = 0; i < 32; i++) sig[32 + i] = Number((s >> BigInt(8 * i)) & 0xffn);
    expect(await withSignature(device.publicRaw, sig)).toBe('bundle_bad_signature');
  });
});

describe('4. header counts', () => {
  it('refuses counts that do not match the records, even when signed', async () => {
    const d = doc() as { header: { counts: Record<string, { records: number; tombstones: number }> } };
    d.header.counts.partners = { records: 5, tombstones: 1 };
    expect(await refusal(openBundle(await seal(await signed(d)), [central.identity]))).toBe('bundle_malformed');
    const missing = doc() as { header: { counts: Record<string, unknown> } };
    delete missing.header.counts.contacts;
    expect(await refusal(openBundle(await seal(await signed(missing)), [central.identity]))).toBe('bundle_malformed');
  });
});

describe('5. nesting depth', () => {
  it('answers 10,000 levels of nesting with a bundle code, not internal', async () => {
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    const body = text.replace('"records":{', `"records":{"deep":${deep},`);
    expect(await refusal(openBundle(await seal(body), [central.identity]))).toBe('bundle_malformed');
  });
});

describe('6. a damaged X25519 stanza is tampering, not a wrong key', () => {
  it('says bundle_tampered for a bit flip in the stanza body or its share', async () => {
    const sealed = await buildBundle({ full: true, sinceStamp: null, deviceId: DEVICE, establishment: 'X', records: { partners: [partner(1)] } }, device, [
      central.recipient,
    ]);
    const bytes = Buffer.from(sealed!.bytes);
    const head = bytes.toString('latin1', 0, 400);
    const stanza = head.indexOf('-> X25519 ');
    for (const at of [stanza + 12, head.indexOf('\n', stanza) + 5]) {
      const flipped = Buffer.from(bytes);
      // Flip one bit of a base64 character while keeping it base64 (A↔B), as a bad sector would.
      flipped[at] = flipped[at]! === 0x41 ? 0x42 : flipped[at]! === 0x42 ? 0x41 : flipped[at]! ^ 0x01;
      expect(await refusal(openBundle(flipped, [central.identity]))).toBe('bundle_tampered');
    }
  });
});
