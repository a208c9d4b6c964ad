import { promisify } from 'node:util';
import { gunzip as gunzipCb, gzip as gzipCb } from 'node:zlib';
import { RelaisError } from '../../../shared/bridge/result';
import type { RecordBase } from '../../../shared/model/base';
import type { TableName } from '../../../shared/model/tables';
import { canonicalJson } from '../../../shared/sync/canonical';
import {
  BUNDLE_FORMAT,
  BUNDLE_MAJOR,
  BUNDLE_VERSION,
  BundleDocument,
  checkVersion,
  cleanTable,
  tablesIn,
  type BundleHeader,
  type TableCount,
  type UnsignedBundle,
} from '../../../shared/sync/format';
import { decrypt, encrypt } from './age';
import { sign, verify } from './signing';

const gzip = promisify(gzipCb);
const gunzip = promisify(gunzipCb);

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
  recipients: readonly string[],
): Promise<SealedBundle> => {
  const unsigned: UnsignedBundle = { format: BUNDLE_FORMAT, formatVersion: BUNDLE_VERSION, header, records };
  const signedText = canonicalJson(unsigned);
  const value = await sign(signer.privatePkcs8, Buffer.from(signedText, 'utf8'));
  const signature = { alg: 'Ed25519', publicKey: Buffer.from(signer.publicRaw).toString('base64'), value: Buffer.from(value).toString('base64') };
  // "signature" sorts after every other top-level key, so this splice is still canonical JSON.
  const text = `${signedText.slice(0, -1)},"signature":${canonicalJson(signature)}}`;
  const compressed = await gzip(Buffer.from(text, 'utf8'));
  return { header, bytes: await encrypt(compressed, recipients) };
};

export interface OpenedBundle {
  document: BundleDocument;
  /** Fingerprint input: the raw signing key that produced a valid signature. */
  signerPublicKey: Uint8Array;
  counts: Partial<Record<TableName, TableCount>>;
}

/**
 * Decrypts, decompresses, checks the version, the signature and every record. Each
 * failure is one RelaisError with its own code; nothing is returned on failure.
 */
export const openBundle = async (file: Uint8Array, identities: readonly string[], pinnedKeys: readonly Uint8Array[] = []): Promise<OpenedBundle> => {
  const compressed = await decrypt(file, identities);
  let parsed: unknown;
  try {
    parsed = JSON.parse((await gunzip(compressed)).toString('utf8'));
  } catch {
    throw new RelaisError('bundle_not_a_bundle', 'the decrypted content is not compressed JSON');
  }
  const version = checkVersion(parsed);
  if (!version.ok) {
    if (version.reason === 'newer_version')
      throw new RelaisError('bundle_newer_version', `bundle format ${version.found} is newer than this reader (${BUNDLE_MAJOR}.x): update Relais`);
    throw new RelaisError('bundle_not_a_bundle', 'the decrypted content is not a Relais bundle');
  }
  const doc = BundleDocument.safeParse(parsed);
  if (!doc.success) throw new RelaisError('bundle_not_a_bundle', `malformed bundle (${doc.error.issues[0]?.path.join('.') ?? '?'})`);
  const { signature, ...unsigned } = doc.data;
  const publicKey = Buffer.from(signature.publicKey, 'base64');
  const good = await verify(publicKey, Buffer.from(signature.value, 'base64'), Buffer.from(canonicalJson(unsigned), 'utf8'));
  if (!good) throw new RelaisError('bundle_bad_signature', 'the signature does not match the content');
  if (pinnedKeys.length && !pinnedKeys.some((k) => Buffer.from(k).equals(publicKey)))
    throw new RelaisError('bundle_bad_signature', 'signed by a key that is not the expected device key');
  const counts: Partial<Record<TableName, TableCount>> = {};
  for (const table of tablesIn(doc.data.records)) {
    const cleaned = cleanTable(table, doc.data.records[table] ?? []);
    if (!cleaned.ok) throw new RelaisError('bundle_not_a_bundle', `records do not match format ${BUNDLE_VERSION} (${table})`);
    counts[table] = cleaned.value.count;
  }
  return { document: doc.data, signerPublicKey: publicKey, counts };
};
