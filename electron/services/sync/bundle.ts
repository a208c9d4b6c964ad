import { promisify } from 'node:util';
import { gzip as gzipCb } from 'node:zlib';
import { RelaisError } from '../../../shared/bridge/result';
import type { RecordBase } from '../../../shared/model/base';
import type { TableName } from '../../../shared/model/tables';
import { canonicalJson } from '../../../shared/sync/canonical';
import { BUNDLE_FORMAT, BUNDLE_VERSION, type BundleDocument, type BundleHeader, type TableCount, type UnsignedBundle } from '../../../shared/sync/format';
import { MAX_BUNDLE_JSON_BYTES } from '../../../shared/sync/limits';
import { decrypt, decryptWithPassphrase, encrypt, encryptForPassphrase, isPassphrase, type PassphraseRecipient } from './age';
import { inflateCapped } from './inflate';
import { readDocument } from './read-document';
import { sign } from './signing';

const gzip = promisify(gzipCb);

export interface DeviceSigner {
  privatePkcs8: Uint8Array;
  publicRaw: Uint8Array;
}

export interface SealedBundle {
  header: BundleHeader;
  bytes: Uint8Array;
}

/** Signs the canonical document, gzips it and encrypts it for the recipients. */
export const sealBundle = async (
  header: BundleHeader,
  records: { [T in TableName]?: RecordBase[] },
  signer: DeviceSigner,
  recipients: readonly string[] | PassphraseRecipient,
): Promise<SealedBundle> => {
  const unsigned: UnsignedBundle = { format: BUNDLE_FORMAT, formatVersion: BUNDLE_VERSION, header, records };
  const signedText = canonicalJson(unsigned);
  const value = await sign(signer.privatePkcs8, Buffer.from(signedText, 'utf8'));
  const signature = { alg: 'Ed25519', publicKey: Buffer.from(signer.publicRaw).toString('base64'), value: Buffer.from(value).toString('base64') };
  // "signature" sorts after every other top-level key, so this splice is still canonical JSON.
  const text = `${signedText.slice(0, -1)},"signature":${canonicalJson(signature)}}`;
  const compressed = await gzip(Buffer.from(text, 'utf8'));
  return { header, bytes: isPassphrase(recipients) ? await encryptForPassphrase(compressed, recipients) : await encrypt(compressed, recipients) };
};

export interface OpenedBundle {
  document: BundleDocument;
  /** Fingerprint input: the raw signing key that produced a valid signature. */
  signerPublicKey: Uint8Array;
  counts: Partial<Record<TableName, TableCount>>;
}

/**
 * Decrypts, inflates (capped), checks the version, canonical form, known members, the
 * signature over the exact bytes received, every record and the header counts. Each
 * failure is one RelaisError with its own code; nothing is returned on failure.
 */
export const openBundle = async (file: Uint8Array, identities: readonly string[], pinnedKeys: readonly Uint8Array[] = []): Promise<OpenedBundle> => {
  // No gzip stream is larger than what it inflates to by more than a few bytes per 16 KiB.
  if (file.length > MAX_BUNDLE_JSON_BYTES + (MAX_BUNDLE_JSON_BYTES >> 8))
    throw new RelaisError('bundle_too_large', 'the file is larger than any bundle this reader accepts');
  const compressed = await decrypt(file, identities);
  return readDocument(await inflateCapped(compressed), pinnedKeys);
};

/** openBundle for a passphrase file (a local backup): same checks once decrypted. */
export const openBundleWithPassphrase = async (file: Uint8Array, passphrase: string): Promise<OpenedBundle> => {
  if (file.length > MAX_BUNDLE_JSON_BYTES + (MAX_BUNDLE_JSON_BYTES >> 8))
    throw new RelaisError('bundle_too_large', 'the file is larger than any bundle this reader accepts');
  return readDocument(await inflateCapped(await decryptWithPassphrase(file, passphrase)));
};
