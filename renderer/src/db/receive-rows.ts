import type { RecordBase } from '../../../shared/model/base';
import type { OfficeSettings } from '../../../shared/model/settings';
import type { TableName } from '../../../shared/model/tables';
import type { MergeOutcome } from '../../../shared/sync/merge';

/** A bundle merged into this database: receiving it again changes nothing. */
export interface AppliedRow {
  bundleId: string;
  deviceId: string;
  establishment: string;
  /** When the laptop made it (its header), for each office's freshness. */
  createdAt: string;
  appliedAt: string;
  full: boolean;
  outcomes: Record<MergeOutcome, number>;
}

/** A record whose versions were changed on two sides: every version kept until resolved. */
export interface ConflictRow {
  /** `${table}:${id}` */
  key: string;
  table: TableName;
  recordId: string;
  versions: RecordBase[];
}

/** The latest office settings a central office received from each office (not merged into its own). */
export interface OfficeRow {
  establishment: string;
  settings: OfficeSettings | null;
  lastBundleAt: string;
}
