/** Types shared by the CSV import steps (see ./index.ts for the pipeline). */
import type { PartnerFields } from '../../model/partner';

/** Partner fields a spreadsheet column can be mapped to. 'fullName' is split into first and last names. */
export type PartnerField =
  | 'firstName'
  | 'lastName'
  | 'fullName'
  | 'title'
  | 'phone'
  | 'email'
  | 'address'
  | 'community'
  | 'language'
  | 'interpreter'
  | 'caregiver'
  | 'participation'
  | 'availabilityNote'
  | 'roles'
  | 'levels'
  | 'sectors'
  | 'trajectories'
  | 'notes';

export const partnerFields: readonly PartnerField[] = [
  'firstName',
  'lastName',
  'fullName',
  'title',
  'phone',
  'email',
  'address',
  'community',
  'language',
  'interpreter',
  'caregiver',
  'participation',
  'availabilityNote',
  'roles',
  'levels',
  'sectors',
  'trajectories',
  'notes',
];

/** Export can also show fields that are derived or managed in the app and never imported. */
export type ExportColumn = Exclude<PartnerField, 'fullName'> | 'step' | 'lastContactAt' | 'nextStepAt';

export interface CsvRow {
  /** Row number as shown by the spreadsheet: the header is row 1. */
  rowNumber: number;
  /** Cell values keyed by (de-duplicated) header. */
  values: Record<string, string>;
}

export interface ParsedCsv {
  headers: string[];
  rows: CsvRow[];
  delimiter: ',' | ';' | '\t';
}

export type CsvMapping = Record<string, PartnerField | null>;

export type CsvErrorCode =
  | 'missing_name'
  | 'invalid_email'
  | 'invalid_phone'
  | 'invalid_language'
  | 'invalid_boolean'
  | 'invalid_role'
  | 'invalid_level'
  | 'invalid_participation'
  | 'too_long'
  | 'unreadable_characters'
  | 'invalid_value';

export interface CsvRowError {
  rowNumber: number;
  /** The target field, or null when the problem is not tied to one mapped field. */
  field: PartnerField | null;
  /** The spreadsheet column (header) the value came from, when there is one. */
  column: string | null;
  code: CsvErrorCode;
  value?: string;
  /** The length limit broken ('too_long'), so the message can state it. */
  max?: number;
}

export type DuplicateReason = 'name_phone' | 'name_email' | 'in_file';

export interface CsvDuplicate {
  rowNumber: number;
  reason: DuplicateReason;
  /** The existing partner matched (absent for 'in_file'). */
  matchId?: string;
  /** The earlier row of the same file matched ('in_file' only). */
  matchRow?: number;
  /** The valid fields, so the user can still choose to import this row. */
  fields: PartnerFields;
}

export interface CsvValidation {
  /** Valid rows that are not duplicates: safe to import once the user confirms. */
  ok: { rowNumber: number; fields: PartnerFields }[];
  errors: CsvRowError[];
  /** Valid rows that look like a partner already in the bank or earlier in the file; not in `ok`. */
  duplicates: CsvDuplicate[];
}
