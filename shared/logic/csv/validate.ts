/**
 * Step 3 of the import: every row checked against the mapping and the bank. Errors carry
 * stable codes the UI translates and the row number the spreadsheet shows.
 */
import { PARTNER_LIMITS, PartnerFields, type Partner } from '../../model/partner';
import { hasReplacement } from './decode';
import { digitsOf, nameKey, stripFormulaGuard } from './helpers';
import {
  partnerFields,
  type CsvDuplicate,
  type CsvErrorCode,
  type CsvMapping,
  type CsvRow,
  type CsvRowError,
  type CsvValidation,
  type DuplicateReason,
  type PartnerField,
} from './types';
import { parseBool, parseCoded, parseLanguages, parseSectors, splitList } from './values';
import type { CodedList } from '../../vocabulary';

/** The profile's own limits (one source with the form and the schema). */
const maxLen: Partial<Record<PartnerField, number>> = PARTNER_LIMITS;

/**
 * Checks every row against the mapping and the bank. Nothing is written: the result is
 * what the preview shows, and `ok` is what the confirm button imports.
 */
export function validateRows(rows: readonly CsvRow[], mapping: CsvMapping, existing: readonly Partner[]): CsvValidation {
  const ok: CsvValidation['ok'] = [];
  const errors: CsvRowError[] = [];
  const duplicates: CsvDuplicate[] = [];

  // Index the bank once: name key → partners with their phone digits and e-mails.
  const bank = new Map<string, { id: string; phone: string; email: string }[]>();
  for (const p of existing) {
    if (p.deleted || p.anonymised) continue;
    const key = nameKey(p.firstName, p.lastName);
    const list = bank.get(key) ?? [];
    list.push({ id: p.id, phone: digitsOf(p.phone ?? ''), email: (p.email ?? '').trim().toLowerCase() });
    bank.set(key, list);
  }
  const inFile = new Map<string, { row: number; phone: string; email: string }[]>();

  const byField = new Map<PartnerField, string[]>();
  for (const [header, field] of Object.entries(mapping)) {
    if (field) byField.set(field, [...(byField.get(field) ?? []), header]);
  }
  const columnsFor = (field: PartnerField): string[] => byField.get(field) ?? [];

  for (const row of rows) {
    const rowErrors: CsvRowError[] = [];
    const err = (field: PartnerField | null, column: string | null, code: CsvErrorCode, value?: string, max?: number): void => {
      const e: CsvRowError = { rowNumber: row.rowNumber, field, column, code };
      if (value !== undefined) e.value = value;
      if (max !== undefined) e.max = max;
      rowErrors.push(e);
    };
    // Several columns may map to one field (e.g. two "Notes"): their values are joined.
    const get = (field: PartnerField): { value: string; column: string | null } => {
      const cols = columnsFor(field);
      const parts: string[] = [];
      for (const c of cols) {
        const v = stripFormulaGuard((row.values[c] ?? '').trim());
        if (v !== '') parts.push(v);
      }
      return { value: parts.join(field === 'notes' || field === 'trajectories' || field === 'sectors' ? '\n' : ' '), column: cols[0] ?? null };
    };

    // Bytes the chosen encoding could not read (U+FFFD) are never imported silently.
    for (const [header, field] of Object.entries(mapping)) {
      if (field && hasReplacement(row.values[header] ?? '')) err(field, header, 'unreadable_characters', (row.values[header] ?? '').slice(0, 40));
    }
    const draft: Record<string, unknown> = {};
    let first = get('firstName').value;
    let last = get('lastName').value;
    const full = get('fullName').value;
    if (full && !first && !last) {
      const comma = full.indexOf(',');
      if (comma > 0) {
        // "Tremblay, Julie" is the usual order in exported registers.
        last = full.slice(0, comma).trim();
        first = full.slice(comma + 1).trim();
      } else {
        const parts = full.split(/\s+/);
        first = parts[0] ?? '';
        last = parts.slice(1).join(' ');
      }
    }
    // Both names, as the profile form asks: a person known by one name only is entered by hand.
    if (!first || !last) {
      const col = (!first ? get('firstName').column : get('lastName').column) ?? get('fullName').column ?? get('firstName').column ?? get('lastName').column;
      err(col ? (mapping[col] ?? null) : null, col, 'missing_name');
    }
    draft.firstName = first;
    draft.lastName = last;

    for (const field of ['title', 'phone', 'address', 'community', 'availabilityNote', 'notes'] as const) {
      const { value, column } = get(field);
      if (!value) continue;
      const max = maxLen[field];
      if (max !== undefined && value.length > max) err(field, column, 'too_long', value.slice(0, 40), max);
      if (field === 'phone') {
        const d = digitsOf(value);
        if (d.length < 7 || d.length > 15) err(field, column, 'invalid_phone', value);
      }
      draft[field] = value;
    }
    for (const f of ['firstName', 'lastName'] as const) {
      const max = maxLen[f] ?? 80;
      if ((draft[f] as string).length > max) err(f, get(f).column ?? get('fullName').column, 'too_long', undefined, max);
    }

    const email = get('email');
    if (email.value) {
      if (!PartnerFields.shape.email.safeParse(email.value).success) err('email', email.column, 'invalid_email', email.value);
      else draft.email = email.value;
    }

    const lang = get('language');
    if (lang.value) {
      const l = parseLanguages(lang.value);
      if (!l) err('language', lang.column, 'invalid_language', lang.value);
      else {
        // The first language of the cell is the preferred one; all of them are spoken.
        draft.language = l.languages[0];
        draft.languages = l.languages;
        if (l.other) draft.languageOther = l.other.slice(0, 60);
      }
    }

    for (const field of ['interpreter', 'caregiver'] as const) {
      const { value, column } = get(field);
      if (!value) continue;
      const b = parseBool(value);
      if (b === null) err(field, column, 'invalid_boolean', value);
      else draft[field] = b;
    }

    const coded: [PartnerField, CodedList, CsvErrorCode][] = [
      ['roles', 'roles', 'invalid_role'],
      ['levels', 'levels', 'invalid_level'],
      ['participation', 'participation', 'invalid_participation'],
    ];
    for (const [field, vocab, code] of coded) {
      const { value, column } = get(field);
      if (!value) continue;
      const list = parseCoded(value, vocab);
      if (list === null) err(field, column, code, value);
      else draft[field] = list;
    }

    const sectors = get('sectors').value;
    if (sectors) draft.sectors = parseSectors(sectors).map((s) => s.slice(0, 200));
    const traj = get('trajectories').value;
    if (traj) draft.trajectories = splitList(traj, /[;|\n]/).map((s) => s.slice(0, 200));

    if (rowErrors.length > 0) {
      errors.push(...rowErrors);
      continue;
    }
    const parsed = PartnerFields.safeParse(draft);
    if (!parsed.success) {
      // Should not happen after the checks above; reported rather than thrown so one odd row never blocks a file.
      const issue = parsed.error.issues[0];
      const key = issue?.path[0];
      const field = typeof key === 'string' && (partnerFields as readonly string[]).includes(key) ? (key as PartnerField) : null;
      errors.push({ rowNumber: row.rowNumber, field, column: field ? (columnsFor(field)[0] ?? null) : null, code: 'invalid_value' });
      continue;
    }
    const fields = parsed.data;

    const key = nameKey(fields.firstName, fields.lastName);
    const phone = digitsOf(fields.phone ?? '');
    const mail = (fields.email ?? '').trim().toLowerCase();
    const matches = (c: { phone: string; email: string }): DuplicateReason | null =>
      phone !== '' && c.phone === phone ? 'name_phone' : mail !== '' && c.email === mail ? 'name_email' : null;

    let dup: CsvDuplicate | null = null;
    for (const c of bank.get(key) ?? []) {
      const reason = matches(c);
      if (reason) {
        dup = { rowNumber: row.rowNumber, reason, matchId: c.id, fields };
        break;
      }
    }
    if (!dup) {
      for (const c of inFile.get(key) ?? []) {
        if (matches(c)) {
          dup = { rowNumber: row.rowNumber, reason: 'in_file', matchRow: c.row, fields };
          break;
        }
      }
    }
    const seen = inFile.get(key) ?? [];
    seen.push({ row: row.rowNumber, phone, email: mail });
    inFile.set(key, seen);

    if (dup) duplicates.push(dup);
    else ok.push({ rowNumber: row.rowNumber, fields });
  }
  return { ok, errors, duplicates };
}
