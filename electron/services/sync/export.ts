import { ulid } from 'ulid';
import { RelaisError } from '../../../shared/bridge/result';
import type { TableName } from '../../../shared/model/tables';
import { canonicalJson } from '../../../shared/sync/canonical';
import { CanonicalRows } from '../../../shared/sync/canonical-rows';
import {
  BUNDLE_FORMAT,
  BUNDLE_VERSION,
  cleanTable,
  tablesIn,
  type BundleHeader,
  type BundleRecords,
  type RecordIssue,
  type TableCount,
  type UnsignedBundle,
} from '../../../shared/sync/format';
import { MAX_BUNDLE_JSON_BYTES } from '../../../shared/sync/limits';
import { encrypt, encryptForPassphrase, isPassphrase, type PassphraseRecipient } from './age';
import type { DeviceSigner, SealedBundle } from './bundle';
import { SignedGzipWriter } from './export-stream';
import { sign } from './signing';

export interface ExportRequest {
  full: boolean;
  /** The stamp the renderer selected from (records with a greater stamp); null with full. */
  sinceStamp: string | null;
  deviceId: string;
  establishment: string;
  records: BundleRecords;
  /** 1.4: this device's age recipient, so the central office can send records back. */
  replyTo?: string;
}

/**
 * Rows validated and written per step. Small steps keep each step's validated copies and
 * text in V8's young generation (a 500-row step of partners was a 1.4 M-character string,
 * allocated straight into the old generation, and its rows survived scavenges).
 */
const STEP_ROWS = 32;
/** Bytes handed to gzip at a time: the stream compresses one piece while the next is prepared. */
const PIECE_BYTES = 1 << 20;
/** A first guess at the signed text per row (a demo bank averages ≈ 730 bytes); the buffer grows past it. */
const BYTES_PER_ROW = 1024;

interface TableStats {
  count: TableCount;
  maxStamp: string | null;
}

const sameStats = (a: TableStats, b: TableStats): boolean =>
  a.count.records === b.count.records && a.count.tombstones === b.count.tombstones && a.maxStamp === b.maxStamp;

/**
 * What the header will say about a table, read from the rows as given. The header comes
 * before the records in the signed text, so it is written before they are validated;
 * validation then recomputes the same figures from the validated rows and the bundle is
 * written again from those if they ever differ (a schema that rewrote a stamp).
 */
const scan = (rows: readonly unknown[]): TableStats => {
  let tombstones = 0;
  let maxStamp: string | null = null;
  for (const row of rows) {
    if (typeof row !== 'object' || row === null) continue;
    const { deleted, stamp } = row as { deleted?: unknown; stamp?: unknown };
    if (deleted === 1) tombstones++;
    if (typeof stamp === 'string' && (maxStamp === null || stamp > maxStamp)) maxStamp = stamp;
  }
  return { count: { records: rows.length - tombstones, tombstones }, maxStamp };
};

const headerFor = (req: ExportRequest, stats: ReadonlyMap<TableName, TableStats>, now: Date, bundleId: string): BundleHeader => {
  const counts: Partial<Record<TableName, TableCount>> = {};
  let toStamp: string | null = req.full ? null : req.sinceStamp;
  for (const [table, { count, maxStamp }] of stats) {
    counts[table] = count;
    if (maxStamp !== null && (toStamp === null || maxStamp > toStamp)) toStamp = maxStamp;
  }
  return {
    bundleId,
    establishment: req.establishment,
    deviceId: req.deviceId,
    createdAt: now.toISOString(),
    full: req.full,
    fromStamp: req.full ? null : req.sinceStamp,
    toStamp,
    counts,
    ...(req.replyTo ? { replyTo: req.replyTo } : {}),
  };
};

type Written = { ok: true; compressed: Buffer; stats: Map<TableName, TableStats> } | { ok: false; issues: RecordIssue[] };

/**
 * Validates every row against the shared model and writes the canonical document
 * `{"format","formatVersion","header","records"}` (keys in canonical order, tables by
 * name) into the gzip stream, a step of rows at a time. On the first invalid row the
 * stream is dropped, but validation goes on so the error names the same rows as before.
 */
const writeDocument = async (header: BundleHeader, tables: readonly TableName[], records: BundleRecords, signer: DeviceSigner): Promise<Written> => {
  const rowCount = tables.reduce((n, t) => n + (records[t]?.length ?? 0), 0);
  const writer = new SignedGzipWriter(Math.min(MAX_BUNDLE_JSON_BYTES, rowCount * BYTES_PER_ROW));
  const rows = new CanonicalRows();
  const stats = new Map<TableName, TableStats>();
  const issues = new Map<TableName, RecordIssue[]>();
  let writing = true;
  const shell = canonicalJson({ format: BUNDLE_FORMAT, formatVersion: BUNDLE_VERSION, header, records: {} } satisfies UnsignedBundle);
  // `…,"records":{}}` without its last two braces: the records object is written open.
  writer.write(shell.slice(0, -2));
  try {
    let first = true;
    for (const table of [...tables].sort()) {
      const all = records[table] ?? [];
      const tableIssues: RecordIssue[] = [];
      let records_ = 0;
      let tombstones = 0;
      let maxStamp: string | null = null;
      if (writing) writer.write(`${first ? '' : ','}${JSON.stringify(table)}:[`);
      first = false;
      for (let at = 0; at < all.length; at += STEP_ROWS) {
        const cleaned = cleanTable(table, all.slice(at, at + STEP_ROWS));
        if (!cleaned.ok) {
          for (const issue of cleaned.issues) if (tableIssues.length < 10) tableIssues.push({ ...issue, index: issue.index + at });
          if (writing) writer.abort();
          writing = false;
          continue;
        }
        const { value } = cleaned;
        records_ += value.count.records;
        tombstones += value.count.tombstones;
        if (value.maxStamp !== null && (maxStamp === null || value.maxStamp > maxStamp)) maxStamp = value.maxStamp;
        if (!writing) continue;
        if (at > 0) writer.write(',');
        writer.write(rows.join(value.rows));
        if (writer.pending >= PIECE_BYTES) await writer.flush();
      }
      if (writing) writer.write(']');
      issues.set(table, tableIssues);
      stats.set(table, { count: { records: records_, tombstones }, maxStamp });
    }
    // Issues in the tables' own order (tablesIn), as the error always listed them.
    if (!writing) return { ok: false, issues: tables.flatMap((t) => issues.get(t) ?? []) };
    writer.write('}');
    // Ed25519 signs on the thread pool while gzip finishes on it too.
    const signed = writer.signedText('}');
    const value = await sign(signer.privatePkcs8, signed);
    const signature = { alg: 'Ed25519', publicKey: Buffer.from(signer.publicRaw).toString('base64'), value: Buffer.from(value).toString('base64') };
    // "signature" sorts after every other top-level key, so this splice is still canonical JSON.
    const compressed = await writer.finish(`,"signature":${canonicalJson(signature)}}`);
    return { ok: true, compressed, stats };
  } catch (err) {
    writer.abort();
    throw err;
  }
};

/**
 * Validates the renderer's records and seals them: canonical JSON signed with the
 * device key, gzip, age. Returns null for an incremental export with nothing in it, so
 * an idle day writes no bundle.
 */
export const buildBundle = async (
  req: ExportRequest,
  signer: DeviceSigner,
  recipients: readonly string[] | PassphraseRecipient,
  now: Date = new Date(),
): Promise<SealedBundle | null> => {
  const tables = tablesIn(req.records).filter((t) => (req.records[t]?.length ?? 0) > 0);
  if (!req.full && tables.length === 0) return null;
  const scanned = new Map(tables.map((t) => [t, scan(req.records[t] ?? [])] as const));
  const bundleId = ulid(now.getTime());
  let header = headerFor(req, scanned, now, bundleId);
  let written = await writeDocument(header, tables, req.records, signer);
  if (!written.ok) {
    const where = written.issues.map((i) => `${i.table}[${i.index}].${i.path}`).join(', ');
    throw new RelaisError('invalid_input', `invalid records: ${where}`.slice(0, 480));
  }
  const validated = written.stats;
  if (tables.some((t) => !sameStats(scanned.get(t) as TableStats, validated.get(t) as TableStats))) {
    header = headerFor(req, validated, now, bundleId);
    written = await writeDocument(header, tables, req.records, signer);
    if (!written.ok) throw new RelaisError('internal', 'the records changed while the bundle was written');
  }
  const { compressed } = written;
  return { header, bytes: isPassphrase(recipients) ? await encryptForPassphrase(compressed, recipients) : await encrypt(compressed, recipients) };
};
