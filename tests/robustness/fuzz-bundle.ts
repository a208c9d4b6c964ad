import { createGzip, gunzipSync, gzipSync } from 'node:zlib';
import { generateX25519Identity, identityToRecipient } from 'age-encryption';
import { canonicalJson } from '../../shared/sync/canonical';
import { createRng } from '../../shared/demo/prng';
import { generateDemo } from '../../shared/demo/generate';
import { MAX_BUNDLE_JSON_BYTES } from '../../shared/sync/limits';
import { decrypt, encrypt } from '../../electron/services/sync/age';
import { openBundle } from '../../electron/services/sync/bundle';
import { buildBundle } from '../../electron/services/sync/export';
import { generateSigningKey, sign, type SigningKeyPair } from '../../electron/services/sync/signing';
import { mutateBytes, mutateJson } from './mutate';
import { countError, newTally, notePeak, type Tally } from './tally';

/**
 * Feeds openBundle mutated bundles at four depths: the encrypted file, the gzip stream,
 * the JSON text (re-encrypted, so age lets it through), and the parsed document re-signed
 * with the device's own key (so only the format's rules can refuse it). Every thousandth
 * input is a decompression bomb. Each answer must be a refusal with a project code, or an
 * acceptance of content that is unchanged or still valid.
 */
export interface FuzzOptions {
  seed: number;
  count: number;
  /** Every `bombEvery`-th input is a bomb; 0 for none. */
  bombEvery?: number;
}

const signDoc = async (doc: unknown, key: SigningKeyPair): Promise<string> => {
  const { signature: _drop, ...unsigned } = doc as Record<string, unknown>;
  const body = canonicalJson(unsigned);
  const value = Buffer.from(await sign(key.privatePkcs8, Buffer.from(body, 'utf8'))).toString('base64');
  return `${body.slice(0, -1)},"signature":${canonicalJson({ alg: 'Ed25519', publicKey: Buffer.from(key.publicRaw).toString('base64'), value })}}`;
};

/** A gzip stream of `prefix` followed by `fill` until just past the reader's limit, made as a stream. */
const bomb = async (prefix: string, fill: string): Promise<Uint8Array> => {
  const gz = createGzip({ level: 9 });
  const chunks: Buffer[] = [];
  gz.on('data', (c: Buffer) => chunks.push(c));
  const end = new Promise((r) => gz.on('end', r));
  gz.write(prefix);
  const block = Buffer.from(fill.repeat(Math.ceil((1 << 20) / fill.length)));
  for (let n = 0; n * block.length <= MAX_BUNDLE_JSON_BYTES + (1 << 20); n++) gz.write(block);
  gz.end();
  await end;
  return Buffer.concat(chunks);
};

export const fuzzBundles = async (opts: FuzzOptions): Promise<Tally> => {
  const started = Date.now();
  const tally = newTally('bundle reader (openBundle)', opts.seed);
  const rng = createRng(opts.seed);
  const identity = await generateX25519Identity();
  const recipient = await identityToRecipient(identity);
  const device = await generateSigningKey();
  const demo = generateDemo({ seed: opts.seed, partners: 6, contactsPerPartner: 1, requests: 2 });
  const sealed = await buildBundle(
    {
      full: true,
      sinceStamp: null,
      deviceId: 'fuzz-device',
      establishment: 'FUZZ',
      records: { partners: demo.partners, contacts: demo.contacts, requests: demo.requests, candidacies: demo.candidacies },
    },
    device,
    [recipient],
  );
  if (!sealed) throw new Error('a full bundle is always written');
  const file = sealed.bytes;
  const compressed = await decrypt(file, [identity]);
  const text = gunzipSync(compressed).toString('utf8');
  // The signature is made afresh for each mutated document, so it is not mutated.
  const { signature: _signature, ...doc } = JSON.parse(text) as Record<string, Parameters<typeof mutateJson>[1]>;
  const bombs: Uint8Array[] = [];

  for (let i = 0; i < opts.count; i++) {
    let input: Uint8Array;
    let what: string;
    let mayBeValid = false;
    if (opts.bombEvery && i % opts.bombEvery === opts.bombEvery - 1) {
      if (!bombs.length) {
        bombs.push(
          await bomb('', '\0'),
          await bomb(`${text.slice(0, text.indexOf('"records":{') + 11)}"partners":[`, 'null,'),
          await bomb(text.slice(0, -1), ' '),
        );
      }
      what = `bomb#${(i / opts.bombEvery) % 3}`;
      input = await encrypt(bombs[Math.floor(i / opts.bombEvery) % bombs.length] as Uint8Array, [recipient]);
    } else {
      const layer = rng.weighted([
        ['file', 3],
        ['gzip', 1.5],
        ['text', 3],
        ['signed', 2.5],
      ] as const);
      if (layer === 'file') {
        const m = mutateBytes(rng, file);
        what = `file:${m.op}`;
        input = m.bytes;
      } else if (layer === 'gzip') {
        const m = mutateBytes(rng, compressed);
        what = `gzip:${m.op}`;
        input = await encrypt(m.bytes, [recipient]);
      } else if (layer === 'text') {
        const m = mutateBytes(rng, Buffer.from(text, 'utf8'));
        what = `text:${m.op}`;
        input = await encrypt(gzipSync(m.bytes), [recipient]);
      } else {
        const m = mutateJson(rng, doc);
        what = m.op;
        mayBeValid = !m.mustRefuse;
        input = await encrypt(gzipSync(await signDoc(m.doc, device)), [recipient]);
      }
    }
    tally.tried++;
    try {
      await openBundle(input, [identity]);
      // What the reader was really given, decrypted and inflated here independently.
      const given = gunzipSync(await decrypt(input, [identity])).toString('utf8');
      if (given === text) {
        tally.acceptedUnchanged++;
        tally.acceptedOps[`${what.split(' ')[0]} (content unchanged)`] = (tally.acceptedOps[`${what.split(' ')[0]} (content unchanged)`] ?? 0) + 1;
      } else if (mayBeValid) {
        tally.acceptedValid++;
        tally.acceptedOps[what] = (tally.acceptedOps[what] ?? 0) + 1;
      } else {
        tally.acceptedUnexpected++;
        if (process.env.FUZZ_DUMP) (await import('node:fs')).writeFileSync(`${process.env.FUZZ_DUMP}-${i}.json`, `${given}\n${text}`);
        if (tally.examples.length < 10) tally.examples.push(`accepted ${what} #${i}`);
      }
    } catch (err) {
      countError(tally, err, `${what} #${i}`);
    }
    if (i % 25 === 0) notePeak(tally);
  }
  notePeak(tally);
  tally.seconds = Math.round((Date.now() - started) / 100) / 10;
  return tally;
};
