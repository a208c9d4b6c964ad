import type { CsvEncoding, CsvMapping, CsvValidation, DecodedCsv } from '../../../../shared/logic/csv';

/** What the import screen asks its worker (import-worker.ts), and what it answers. */
export type ImportAsk = { kind: 'file'; bytes: Uint8Array } | { kind: 'encoding'; encoding: CsvEncoding } | { kind: 'mapping'; mapping: CsvMapping };

export type DecodedInfo = Pick<DecodedCsv, 'encoding' | 'detectedBy' | 'replacements'>;

export type ImportAnswer =
  | { kind: 'progress'; stage: 'reading' | 'validating'; rows?: number }
  /** Rows ready to import, in order, sent before the 'result' or 'validated' answer (whose `ok` is then empty). */
  | { kind: 'rows'; rows: CsvValidation['ok'] }
  | { kind: 'unreadable'; decoded: DecodedInfo }
  | { kind: 'result'; decoded: DecodedInfo; headers: string[]; mapping: CsvMapping; result: CsvValidation }
  | { kind: 'validated'; mapping: CsvMapping; result: CsvValidation }
  | { kind: 'failed' };
