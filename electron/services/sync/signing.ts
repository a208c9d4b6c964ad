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

export const verify = async (publicRaw: Uint8Array, signature: Uint8Array, message: Uint8Array): Promise<boolean> => {
  let key: CryptoKey;
  try {
    key = await subtle.importKey('raw', buf(publicRaw), ALG, false, ['verify']);
  } catch {
    throw new RelaisError('bundle_bad_signature', 'the signing key in the bundle is not a valid Ed25519 public key');
  }
  return subtle.verify(ALG, key, buf(signature), buf(message));
};
