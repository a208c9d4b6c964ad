import { RelaisError } from '../../../shared/bridge/result';
import type { TableName } from '../../../shared/model/tables';
import { tableNames } from '../../../shared/model/tables';
import { canonicalJson, isCanonicalText } from '../../../shared/sync/canonical';
import { BUNDLE_MAJOR, BUNDLE_MINOR, BundleDocument, checkVersion, cleanTable, tablesIn, type TableCount } from '../../../shared/sync/format';
import { checkJsonShape } from '../../../shared/sync/json-shape';
import { MAX_BUNDLE_DEPTH } from '../../../shared/sync/limits';
import { unknownMembers } from '../../../shared/sync/strict';
import { verify } from './signing';

export interface VerifiedDocument {
  document: BundleDocument;
  signerPublicKey: Uint8Array;
  counts: Partial<Record<TableName, TableCount>>;
}

const malformed = (why: string) => new RelaisError('bundle_malformed', why.slice(0, 400));
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const SIGNATURE_MEMBER = ',"signature":';
const ROW_SLICE = 1000;

const onlyKnownTables = (value: unknown): unknown => {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).filter(([k]) => (tableNames as readonly string[]).includes(k)));
};

/**
 * From the inflated bytes to a verified document, refusing on the way: text that is not
 * UTF-8, nesting past the limit or whitespace (before parsing), a newer major, text that
 * is not exactly canonical JSON, members unknown to this reader's schemas (for the minor
 * it knows; a newer minor's additions are kept, as the format promises), a signature that
 * does not verify over the exact bytes received, a key not pinned, records that break the
 * model, and header counts that differ from the records.
 */
export const readDocument = async (raw: Uint8Array, pinnedKeys: readonly Uint8Array[] = []): Promise<VerifiedDocument> => {
  let text: string;
  try {
    text = utf8.decode(raw);
  } catch {
    throw malformed('the bundle is not UTF-8 text');
  }
  const shape = checkJsonShape(text, MAX_BUNDLE_DEPTH);
  if (!shape.ok) {
    if (shape.reason === 'not_an_object') throw new RelaisError('bundle_not_a_bundle', 'the decrypted content is not a JSON document');
    throw malformed(shape.reason === 'too_deep' ? `nested deeper than ${MAX_BUNDLE_DEPTH} levels` : 'whitespace outside strings: not canonical JSON');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new RelaisError('bundle_not_a_bundle', 'the decrypted content is not JSON');
  }
  const version = checkVersion(parsed);
  if (!version.ok) {
    if (version.reason === 'newer_version')
      throw new RelaisError('bundle_newer_version', `bundle format ${version.found} is newer than this reader (${BUNDLE_MAJOR}.x): update Relais`);
    throw new RelaisError('bundle_not_a_bundle', 'the decrypted content is not a Relais bundle');
  }
  // Signed bytes are checked as received, never rebuilt: the text must already be the
  // canonical form of what it parses to (no duplicate key, key order, number or escape variant).
  if (!isCanonicalText(parsed, text)) throw malformed('the document is not in canonical JSON form');

  const raw0 = parsed as Record<string, unknown>;
  const minor = Number(/^\d+\.(\d+)$/.exec(String(raw0.formatVersion))?.[1]);
  const newerMinor = minor > BUNDLE_MINOR;
  const header = raw0.header as Record<string, unknown> | undefined;
  // A newer minor may add tables this reader cannot merge: they are kept in the document, not read.
  const view =
    newerMinor && header && typeof header === 'object'
      ? { ...raw0, header: { ...header, counts: onlyKnownTables(header.counts) }, records: onlyKnownTables(raw0.records) }
      : raw0;
  const doc = BundleDocument.safeParse(view);
  if (!doc.success) throw malformed(`the document breaks format ${BUNDLE_MAJOR}.${BUNDLE_MINOR} (${doc.error.issues[0]?.path.join('.') || 'top level'})`);
  if (!newerMinor) {
    const unknown = unknownMembers(parsed, doc.data);
    if (unknown.length) throw malformed(`members unknown to format ${BUNDLE_MAJOR}.${BUNDLE_MINOR}: ${unknown.join(', ')}`);
  }

  const { signature: _signature, ...unsigned } = raw0;
  const signedPrefix = canonicalJson(unsigned).slice(0, -1);
  if (!text.startsWith(signedPrefix + SIGNATURE_MEMBER)) throw malformed('the signature is not the last member');
  const cut = Buffer.byteLength(signedPrefix, 'utf8');
  const signedBytes = Buffer.concat([raw.subarray(0, cut), Buffer.from('}')]);
  const publicKey = Buffer.from(doc.data.signature.publicKey, 'base64');
  if (!(await verify(publicKey, Buffer.from(doc.data.signature.value, 'base64'), signedBytes)))
    throw new RelaisError('bundle_bad_signature', 'the signature does not match the content');
  if (pinnedKeys.length && !pinnedKeys.some((k) => Buffer.from(k).equals(publicKey)))
    throw new RelaisError('bundle_bad_signature', 'signed by a key that is not the expected device key');

  const counts: Partial<Record<TableName, TableCount>> = {};
  const tables = tablesIn(doc.data.records);
  for (const table of tables) {
    const rows = doc.data.records[table] ?? [];
    const declaredRows = (doc.data.header.counts[table]?.records ?? 0) + (doc.data.header.counts[table]?.tombstones ?? 0);
    if (rows.length !== declaredRows) throw malformed(`the header counts for ${table} differ from its records`);
    // Slices, so a table of a million bad rows stops at the first bad slice.
    const count = { records: 0, tombstones: 0 };
    for (let from = 0; from < rows.length; from += ROW_SLICE) {
      const slice = rows.slice(from, from + ROW_SLICE);
      const cleaned = cleanTable(table, slice);
      if (!cleaned.ok) throw malformed(`records do not match format ${BUNDLE_MAJOR}.${BUNDLE_MINOR} (${table})`);
      if (!newerMinor) {
        const unknown = unknownMembers(slice, cleaned.value.rows, table);
        if (unknown.length) throw malformed(`members unknown to format ${BUNDLE_MAJOR}.${BUNDLE_MINOR}: ${unknown.join(', ')}`);
      }
      count.records += cleaned.value.count.records;
      count.tombstones += cleaned.value.count.tombstones;
    }
    counts[table] = count;
  }
  const declared = doc.data.header.counts;
  for (const table of new Set([...tables, ...tableNames.filter((t) => declared[t] !== undefined)])) {
    const d = declared[table] ?? { records: 0, tombstones: 0 };
    const c = counts[table] ?? { records: 0, tombstones: 0 };
    if (d.records !== c.records || d.tombstones !== c.tombstones) throw malformed(`the header counts for ${table} differ from its records`);
  }
  return { document: (newerMinor ? raw0 : doc.data) as BundleDocument, signerPublicKey: publicKey, counts };
};
