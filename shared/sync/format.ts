import { z } from 'zod';
import { IsoInstant, RecordBase } from '../model/base';
import { TableName, tableNames, tableSchemas } from '../model/tables';

/** Name and version written at the top of every bundle (see docs/bundle-format.md). */
export const BUNDLE_FORMAT = 'relais-bundle';
export const BUNDLE_MAJOR = 1;
/**
 * 1.1: partners carry `languages` (every language spoken); 1.0 bundles, with `language` only, still read.
 * 1.2: committees, their members and meetings, sessions, community-of-practice meetings, survey instruments and responses.
 * 1.3: tables `posters` and `guides`, and `settings.logo`.
 * 1.4: records carry a version vector `vv`, the header the sender's age recipient `replyTo`.
 * 1.5: adds the `yearReports` table (minor numbers are assigned per feature, so they skip).
 */
export const BUNDLE_MINOR = 5;
export const BUNDLE_VERSION = `${BUNDLE_MAJOR}.${BUNDLE_MINOR}`;

/** Largest piece sent in one request, so an interrupted upload loses at most this much. */
export const PART_SIZE = 256 * 1024;

export const TableCount = z.object({ records: z.number().int().min(0), tombstones: z.number().int().min(0) });
export type TableCount = z.infer<typeof TableCount>;

export const BundleHeader = z.object({
  bundleId: z.string().min(10).max(40),
  /** Establishment code from the office settings ('' when not yet set). */
  establishment: z.string().max(200),
  deviceId: z.string().min(4).max(64),
  createdAt: IsoInstant,
  full: z.boolean(),
  /** Exclusive lower bound of the change stamps covered; null: from the beginning. */
  fromStamp: z.string().max(120).nullable(),
  /** Highest change stamp included; null only for an empty full bundle. */
  toStamp: z.string().max(120).nullable(),
  counts: z.partialRecord(TableName, TableCount),
  /** 1.4: the sending device's own age recipient, so the central office can send bundles back. */
  replyTo: z
    .string()
    .regex(/^age1[0-9a-z]{58}$/)
    .optional(),
});
export type BundleHeader = z.infer<typeof BundleHeader>;

export const BundleSignature = z.object({
  alg: z.literal('Ed25519'),
  /** Raw 32-byte public key, base64. */
  publicKey: z.string().regex(/^[A-Za-z0-9+/]{43}=$/),
  /** 64-byte signature, base64. */
  value: z.string().regex(/^[A-Za-z0-9+/]{86}==$/),
});
export type BundleSignature = z.infer<typeof BundleSignature>;

export type BundleRecords = { [T in TableName]?: unknown[] };

/** What is signed: every member of the document but the signature. */
export interface UnsignedBundle {
  format: typeof BUNDLE_FORMAT;
  formatVersion: string;
  header: BundleHeader;
  records: BundleRecords;
}

export const BundleDocument = z.object({
  format: z.literal(BUNDLE_FORMAT),
  formatVersion: z.string().regex(/^\d+\.\d+$/),
  header: BundleHeader,
  records: z.partialRecord(TableName, z.array(z.unknown())),
  signature: BundleSignature,
});
export type BundleDocument = z.infer<typeof BundleDocument>;

/** Enough of a document to decide whether this reader may go further. */
export const BundleEnvelope = z.object({ format: z.string(), formatVersion: z.string() });

export type VersionVerdict = { ok: true } | { ok: false; reason: 'not_a_bundle' | 'newer_version'; found: string };

export const checkVersion = (doc: unknown): VersionVerdict => {
  const env = BundleEnvelope.safeParse(doc);
  if (!env.success || env.data.format !== BUNDLE_FORMAT) return { ok: false, reason: 'not_a_bundle', found: '' };
  const m = /^(\d+)\.(\d+)$/.exec(env.data.formatVersion);
  if (!m) return { ok: false, reason: 'not_a_bundle', found: env.data.formatVersion.slice(0, 20) };
  if (Number(m[1]) > BUNDLE_MAJOR) return { ok: false, reason: 'newer_version', found: env.data.formatVersion };
  return { ok: true };
};

/**
 * A tombstone keeps only the bookkeeping fields: the central office needs the id and
 * stamp to delete, and nothing personal about someone who asked to be forgotten.
 */
export const Tombstone = RecordBase.extend({ deleted: z.literal(1) });

export interface CleanTable {
  rows: RecordBase[];
  count: TableCount;
  maxStamp: string | null;
}

export type RecordIssue = { table: TableName; index: number; path: string };

/**
 * Validates one table's rows against the shared model. Live rows go through the table
 * schema; tombstones through the bookkeeping fields only, with every other field dropped.
 * Issues name the table, the row index and the field path, never a value.
 */
export const cleanTable = (table: TableName, rows: readonly unknown[]): { ok: true; value: CleanTable } | { ok: false; issues: RecordIssue[] } => {
  const schema: z.ZodType<RecordBase> = tableSchemas[table];
  const out: RecordBase[] = [];
  const issues: RecordIssue[] = [];
  let tombstones = 0;
  let maxStamp: string | null = null;
  rows.forEach((row, index) => {
    const isTombstone = typeof row === 'object' && row !== null && (row as { deleted?: unknown }).deleted === 1;
    const parsed = isTombstone ? Tombstone.safeParse(row) : schema.safeParse(row);
    if (!parsed.success) {
      for (const issue of parsed.error.issues.slice(0, 3)) issues.push({ table, index, path: issue.path.join('.') || '(row)' });
      return;
    }
    if (isTombstone) tombstones++;
    out.push(parsed.data);
    if (maxStamp === null || parsed.data.stamp > maxStamp) maxStamp = parsed.data.stamp;
  });
  if (issues.length) return { ok: false, issues: issues.slice(0, 10) };
  return { ok: true, value: { rows: out, count: { records: out.length - tombstones, tombstones }, maxStamp } };
};

export const tablesIn = (records: BundleRecords): TableName[] => tableNames.filter((t) => records[t] !== undefined);

/** Remote names: one file when it fits in a part, else numbered parts and a manifest sent last. */
export const partName = (bundleFile: string, index: number): string => `${bundleFile}.part-${String(index + 1).padStart(4, '0')}`;
export const manifestName = (bundleFile: string): string => `${bundleFile}.parts.json`;

export const PartsManifest = z.object({
  format: z.literal('relais-bundle-parts'),
  version: z.literal(1),
  bundle: z.string(),
  size: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  parts: z.array(z.object({ name: z.string(), size: z.number().int().min(0), sha256: z.string().regex(/^[0-9a-f]{64}$/) })),
});
export type PartsManifest = z.infer<typeof PartsManifest>;
