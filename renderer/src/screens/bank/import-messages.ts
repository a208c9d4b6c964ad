import type { Partner } from '../../../../shared/model/partner';
import type { CsvDuplicate, CsvEncoding, CsvMapping, CsvRowError, CsvValidation, DecodedCsv } from '../../../../shared/logic/csv';

/** What the import screen asks its worker (import-worker.ts), and what it answers. */
export type ImportAsk =
  | { kind: 'file'; bytes: Uint8Array }
  | { kind: 'encoding'; encoding: CsvEncoding }
  | { kind: 'mapping'; mapping: CsvMapping }
  /** Stamp and store the rows the last validation found ready (and its possible duplicates if asked), in one transaction. */
  | { kind: 'write'; withDuplicates: boolean; at: string };

export type DecodedInfo = Pick<DecodedCsv, 'encoding' | 'detectedBy' | 'replacements'>;

/** Problem lines sent to the window: the screen lists this many and counts the rest. */
export const LISTED = 100;
/** Rows shown in the preview table. */
export const PREVIEWED = 10;

/**
 * What the screen shows of a validation. The rows themselves stay in the worker, which
 * also writes them: cloning 20,000 rows into the window froze it (≈ 100 ms per 1,000
 * rows on a loaded machine) for rows it never displays.
 */
export interface ImportSummary {
  ready: number;
  duplicateCount: number;
  errorCount: number;
  /** The first rows ready to import. */
  preview: CsvValidation['ok'];
  errors: CsvRowError[];
  duplicates: Omit<CsvDuplicate, 'fields'>[];
}

export type ImportAnswer =
  | { kind: 'progress'; stage: 'reading' | 'validating'; rows?: number }
  | { kind: 'unreadable'; decoded: DecodedInfo }
  | { kind: 'result'; decoded: DecodedInfo; headers: string[]; mapping: CsvMapping; summary: ImportSummary }
  | { kind: 'validated'; mapping: CsvMapping; summary: ImportSummary }
  | { kind: 'failed' }
  /**
   * Each step's rows as stamped, before they are written: the window builds their search
   * entries meanwhile (one short task per step) and keeps them, to hand them to the change
   * feed at 'saved' (so the bank applies them without reading 20,000 people again), or to
   * drop them at 'writeFailed'. Nothing is durable before 'saved'.
   */
  | { kind: 'stamped'; rows: Partner[] }
  /** After each step of the write's one transaction (nothing is durable before 'saved'). */
  | { kind: 'writing'; done: number; total: number }
  /** The transaction committed: how many rows (all those sent in 'stamped' messages). */
  | { kind: 'saved'; count: number }
  /** The transaction failed and was rolled back: nothing was imported. */
  | { kind: 'writeFailed' };

export const summarise = (result: CsvValidation): ImportSummary => ({
  ready: result.ok.length,
  duplicateCount: result.duplicates.length,
  errorCount: result.errors.length,
  preview: result.ok.slice(0, PREVIEWED),
  errors: result.errors.slice(0, LISTED),
  duplicates: result.duplicates.slice(0, LISTED).map(({ fields: _fields, ...d }) => d),
});
