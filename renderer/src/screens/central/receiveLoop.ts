import type { ChannelInput, ChannelName, ChannelOutput } from '../../../../shared/bridge/contract';
import type { CertificateInfo } from '../../../../shared/bridge/channels/sync';
import type { RecordBase } from '../../../../shared/model/base';
import type { TableName } from '../../../../shared/model/tables';
import type { RelaisDb } from '../../db/db';
import { applyBundle } from '../../db/receive';

export type Call = <K extends ChannelName>(channel: K, input: ChannelInput<K>) => Promise<ChannelOutput<K>>;

export interface ReceiveProgress {
  done: number;
  total: number;
  /** True while bundle `done + 1` is being merged (its one transaction is open). */
  merging?: boolean;
}

export interface ReceiveReport {
  /** Bundles merged by this run. */
  applied: number;
  /** Bundles already merged earlier (found again under another name). */
  already: number;
  held: { deviceId: string; fingerprint: string; establishment: string }[];
  refused: { file: string; code: string }[];
  conflicts: number;
  webdavError: string | null;
  /** Whose certificate the WebDAV server showed when it was not trusted. */
  webdavCertificate: CertificateInfo | null;
}

export interface ReceiveDeps {
  db: RelaisDb;
  call: Call;
  /** A central office keeps each office's settings apart instead of merging them. */
  central: boolean;
  onProgress?: (p: ReceiveProgress) => void;
  /** Told once per table that changed, with the rows written, so in-memory views (the bank's index) catch up. */
  announce?: (table: TableName, rows: RecordBase[]) => Promise<void>;
}

/**
 * One receiving run: the main process lists what arrived, opens each bundle not merged
 * yet (decrypt, signature, device, schemas), and this database merges each one in its
 * own transaction. A refused or held bundle does not stop the others.
 */
export const receiveAll = async ({ db, call, central, onProgress, announce }: ReceiveDeps): Promise<ReceiveReport> => {
  const scan = await call('central.scan', {});
  const ids = scan.bundles.map((b) => b.bundleId ?? '');
  const known = await db.applied.bulkGet(ids.map((id) => id || '-'));
  const todo = scan.bundles.filter((b, i) => !b.quarantined && !known[i]).sort((a, b) => (a.bundleId ?? a.file).localeCompare(b.bundleId ?? b.file));
  const report: ReceiveReport = {
    applied: 0,
    already: 0,
    held: [],
    refused: [],
    conflicts: await db.conflicts.count(),
    webdavError: scan.webdavError,
    webdavCertificate: scan.webdavCertificate ?? null,
  };
  const touched = new Map<TableName, RecordBase[]>();
  onProgress?.({ done: 0, total: todo.length });
  for (const [i, b] of todo.entries()) {
    const opened = await call('central.open', { file: b.file });
    if (opened.status === 'held') {
      if (!report.held.some((h) => h.deviceId === opened.deviceId))
        report.held.push({ deviceId: opened.deviceId, fingerprint: opened.fingerprint, establishment: opened.establishment });
    } else if (opened.status === 'refused') report.refused.push({ file: b.file, code: opened.code });
    else {
      const { header } = opened;
      const records = opened.records as Partial<Record<TableName, RecordBase[]>>;
      onProgress?.({ done: i, total: todo.length, merging: true });
      let result: Awaited<ReturnType<typeof applyBundle>>;
      try {
        result = await applyBundle(
          db,
          {
            bundleId: header.bundleId,
            deviceId: header.deviceId,
            establishment: header.establishment,
            createdAt: header.createdAt,
            full: header.full,
            records,
          },
          { central },
        );
      } catch {
        // Rolled back whole (one transaction); say so and go on with the others.
        report.refused.push({ file: b.file, code: 'merge_failed' });
        onProgress?.({ done: i + 1, total: todo.length });
        continue;
      }
      if (result.already) report.already++;
      else {
        report.applied++;
        for (const [t, rows] of Object.entries(result.written) as [TableName, RecordBase[]][]) touched.set(t, [...(touched.get(t) ?? []), ...rows]);
      }
      report.conflicts = result.conflicts;
    }
    onProgress?.({ done: i + 1, total: todo.length });
  }
  for (const [t, rows] of touched) await announce?.(t, rows);
  return report;
};
