import { ed25519 } from '@noble/curves/ed25519.js';
import { RelaisError } from '../../../shared/bridge/result';

/**
 * Ed25519 device signatures through WebCrypto (Node 20 and Chromium both have it), so no
 * signature code is written by hand. Keys travel as PKCS#8 (private) and raw (public).
 */
const ALG = { name: 'Ed25519' } as const;
const { subtle } = globalThis.crypto;

export interface SigningKeyPair {
  privatePkcs8: Uint8Array;
  publicRaw: Uint8Array;
}

export const generateSigningKey = async (): Promise<SigningKeyPair> => {
  const pair = (await subtle.generateKey(ALG, true, ['sign', 'verify'])) as CryptoKeyPair;
  return {
    privatePkcs8: new Uint8Array(await subtle.exportKey('pkcs8', pair.privateKey)),
    publicRaw: new Uint8Array(await subtle.exportKey('raw', pair.publicKey)),
  };
};

const buf = (b: Uint8Array): Uint8Array<ArrayBuffer> => b as Uint8Array<ArrayBuffer>;

export const sign = async (privatePkcs8: Uint8Array, message: Uint8Array): Promise<Uint8Array> => {
  const key = await subtle.importKey('pkcs8', buf(privatePkcs8), ALG, false, ['sign']);
  return new Uint8Array(await subtle.sign(ALG, key, buf(message)));
};

/** The order of the Ed25519 base point; a canonical signature has S < L (RFC 8032 §5.1.7). */
const L = (1n << 252n) + 27742317777372353535851937790883648493n;

const littleEndian = (bytes: Uint8Array): bigint => {
  let n = 0n;
  for (let i = bytes.length - 1; i >= 0; i--) n = (n << 8n) | BigInt(bytes[i] as number);
  return n;
};

/**
 * What WebCrypto (OpenSSL) lets through and a device key must never be: a point of small
 * order (with R = identity and S = 0 it "verifies" every message), a point written in a
 * non-canonical encoding, or S ≥ L (a second valid-looking form of one signature). Points
 * are decoded strictly (RFC 8032, not ZIP-215) by @noble/curves, which age-encryption
 * already uses.
 */
export const strictSignatureProblem = (publicRaw: Uint8Array, signature: Uint8Array): string | null => {
  if (publicRaw.length !== 32 || signature.length !== 64) return 'wrong length';
  for (const [name, bytes] of [
    ['public key', publicRaw],
    ['signature R', signature.subarray(0, 32)],
  ] as const) {
    let point;
    try {
      point = ed25519.Point.fromBytes(bytes, false);
    } catch {
      return `${name} is not a canonical point`;
    }
    if (point.isSmallOrder()) return `${name} is a small-order point`;
  }
  if (littleEndian(signature.subarray(32)) >= L) return 'signature S is not reduced (S ≥ L)';
  return null;
};

export const verify = async (publicRaw: Uint8Array, signature: Uint8Array, message: Uint8Array): Promise<boolean> => {
  const problem = strictSignatureProblem(publicRaw, signature);
  if (problem) throw new RelaisError('bundle_bad_signature', `refused Ed25519 key or signature: ${problem}`);
  let key: CryptoKey;
  try {
    key = await subtle.importKey('raw', buf(publicRaw), ALG, false, ['verify']);
  } catch {
    throw new RelaisError('bundle_bad_signature', 'the signing key in the bundle is not a valid Ed25519 public key');
  }
  return subtle.verify(ALG, key, buf(signature), buf(message));
};
