import { ulid } from 'ulid';
import { RelaisError } from '../../../shared/bridge/result';
import type { RecordBase } from '../../../shared/model/base';
import type { TableName } from '../../../shared/model/tables';
import { cleanTable, tablesIn, type BundleHeader, type BundleRecords, type TableCount } from '../../../shared/sync/format';
import type { PassphraseRecipient } from './age';
import { sealBundle, type DeviceSigner, type SealedBundle } from './bundle';

export interface ExportRequest {
  full: boolean;
  /** The stamp the renderer selected from (records with a greater stamp); null with full. */
  sinceStamp: string | null;
  deviceId: string;
  establishment: string;
  records: BundleRecords;
}

/**
 * Validates the renderer's records and seals them. Returns null for an incremental
 * export with nothing in it, so an idle day writes no bundle.
 */
export const buildBundle = async (
  req: ExportRequest,
  signer: DeviceSigner,
  recipients: readonly string[] | PassphraseRecipient,
  now: Date = new Date(),
): Promise<SealedBundle | null> => {
  const records: { [T in TableName]?: RecordBase[] } = {};
  const counts: Partial<Record<TableName, TableCount>> = {};
  let toStamp: string | null = req.full ? null : req.sinceStamp;
  let total = 0;
  for (const table of tablesIn(req.records)) {
    const cleaned = cleanTable(table, req.records[table] ?? []);
    if (!cleaned.ok) {
      const where = cleaned.issues.map((i) => `${i.table}[${i.index}].${i.path}`).join(', ');
      throw new RelaisError('invalid_input', `invalid records: ${where}`.slice(0, 480));
    }
    const { rows, count, maxStamp } = cleaned.value;
    if (!rows.length) continue;
    records[table] = rows;
    counts[table] = count;
    total += rows.length;
    if (maxStamp !== null && (toStamp === null || maxStamp > toStamp)) toStamp = maxStamp;
  }
  if (!req.full && total === 0) return null;
  const header: BundleHeader = {
    bundleId: ulid(now.getTime()),
    establishment: req.establishment,
    deviceId: req.deviceId,
    createdAt: now.toISOString(),
    full: req.full,
    fromStamp: req.full ? null : req.sinceStamp,
    toStamp,
    counts,
  };
  return sealBundle(header, records, signer, recipients);
};
