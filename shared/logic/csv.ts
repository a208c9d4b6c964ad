/**
 * CSV import from an existing bank and CSV export of the (filtered) list.
 *
 * Import is a pure, three-step pipeline so the UI can show a preview and import nothing
 * until the coordinator confirms: parseCsv → guessMapping (editable by the user) →
 * validateRows. Errors carry stable codes (CsvErrorCode) that the UI translates, and the
 * row number the user sees in the spreadsheet (header = row 1, first data row = row 2).
 *
 * Export targets Excel in French Quebec: ';' delimiter, CRLF, and a UTF-8 BOM, without
 * which Excel reads accents as mojibake. Values that Excel would run as formulas are
 * prefixed with an apostrophe (CSV injection); the importer strips that prefix again so
 * an export re-imports unchanged.
 */
import Papa from 'papaparse';
import type { UiLanguage } from '../model/enums';
import type { Language, Level, Participation, PipelineStep, Role } from '../model/enums';
import { PartnerFields, type Partner } from '../model/partner';
import { findSectorId, sectorLabel } from '../reference';
import { fold as foldText } from './text';

// ------------------------------------------------------------------ types

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
  'firstName', 'lastName', 'fullName', 'title', 'phone', 'email', 'address', 'community', 'language', 'interpreter',
  'caregiver', 'participation', 'availabilityNote', 'roles', 'levels', 'sectors', 'trajectories', 'notes',
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
  | 'invalid_value';

export interface CsvRowError {
  rowNumber: number;
  /** The target field, or null when the problem is not tied to one mapped field. */
  field: PartnerField | null;
  /** The spreadsheet column (header) the value came from, when there is one. */
  column: string | null;
  code: CsvErrorCode;
  value?: string;
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

// ------------------------------------------------------------------ helpers

/** Accent- and case-folded, keeping what e-mails need (@ . +) so names and addresses compare loosely. */
const fold = (s: string): string =>
  foldText(s)
    .replace(/[’'`]/g, ' ')
    .replace(/[^a-z0-9@.+]+/g, ' ')
    .trim();

const digitsOf = (phone: string): string => {
  const d = phone.replace(/\D/g, '');
  // North American numbers are written with or without the leading 1.
  return d.length === 11 && d.startsWith('1') ? d.slice(1) : d;
};

const nameKey = (first: string, last: string): string => `${fold(first)}|${fold(last)}`;

const stripFormulaGuard = (v: string): string => (/^'[=+\-@\t\r]/.test(v) ? v.slice(1) : v);

// ------------------------------------------------------------------ parse

const countOutsideQuotes = (line: string, ch: string): number => {
  let n = 0;
  let inQuotes = false;
  for (const c of line) {
    if (c === '"') inQuotes = !inQuotes;
    else if (c === ch && !inQuotes) n++;
  }
  return n;
};

/** Reads CSV text; the delimiter (',', ';' or tab) is detected from the header line. */
export function parseCsv(text: string): ParsedCsv {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const firstLine = body.split(/\r\n|\n|\r/, 1)[0] ?? '';
  const candidates = [';', ',', '\t'] as const;
  let delimiter: ParsedCsv['delimiter'] = ',';
  let best = 0;
  for (const c of candidates) {
    const n = countOutsideQuotes(firstLine, c);
    if (n > best) {
      best = n;
      delimiter = c;
    }
  }
  const result = Papa.parse<string[]>(body, { delimiter, skipEmptyLines: false });
  const records = result.data;
  const headerCells = records[0] ?? [];
  const seen = new Map<string, number>();
  const headers = headerCells.map((h, i) => {
    const base = h.trim() || `#${i + 1}`;
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    // Two columns both titled "Notes" must stay distinct for the mapping.
    return count === 0 ? base : `${base} (${count + 1})`;
  });
  const rows: CsvRow[] = [];
  for (let r = 1; r < records.length; r++) {
    const cells = records[r] ?? [];
    if (cells.every((c) => c.trim() === '')) continue;
    const values: Record<string, string> = {};
    headers.forEach((h, i) => {
      values[h] = cells[i] ?? '';
    });
    rows.push({ rowNumber: r + 1, values });
  }
  return { headers, rows, delimiter };
}

// ------------------------------------------------------------------ mapping

const synonyms: Record<PartnerField, string[]> = {
  firstName: ['prenom', 'first name', 'firstname', 'given name', 'prenom usager', 'prenom de l usager'],
  lastName: ['nom', 'nom de famille', 'last name', 'lastname', 'surname', 'family name', 'nom usager', 'nom de l usager'],
  fullName: ['nom complet', 'name', 'full name', 'fullname', 'nom et prenom', 'prenom et nom', 'nom prenom', 'prenom nom', 'usager', 'usager partenaire', 'partner'],
  title: ['titre', 'civilite', 'title', 'salutation'],
  phone: ['telephone', 'tel', 'tel.', 'phone', 'phone number', 'telephone number', 'cellulaire', 'cell', 'mobile', 'no de telephone', 'numero de telephone'],
  email: ['courriel', 'e mail', 'email', 'adresse courriel', 'mail', 'adresse electronique', 'courrier electronique', 'e mail address', 'email address'],
  address: ['adresse', 'address', 'adresse postale', 'mailing address'],
  community: ['ville', 'communaute', 'municipalite', 'localite', 'village', 'town', 'city', 'community'],
  language: ['langue', 'language', 'langue parlee', 'langue preferee', 'preferred language', 'langue de communication'],
  interpreter: ['interprete', 'interpreter', 'besoin d interprete', 'interpreter needed', 'besoin interprete'],
  caregiver: ['proche aidant', 'proche aidante', 'caregiver', 'family caregiver'],
  participation: ['participation', 'modes de participation', 'mode de participation', 'format', 'formats'],
  availabilityNote: ['disponibilite', 'disponibilites', 'availability'],
  roles: ['role', 'roles', 'type', 'type d usager', 'type d usager partenaire'],
  levels: ['niveau', 'niveaux', 'level', 'levels', 'niveau d implication', 'niveaux d implication'],
  sectors: ['secteur', 'secteurs', 'sector', 'sectors', 'secteur d activite', 'secteurs d activite', 'secteurs d experience'],
  trajectories: ['trajectoire', 'trajectoires', 'trajectoire de soins', 'trajectoires de soins', 'care trajectory', 'care trajectories', 'trajectories', 'experience', 'experiences', 'vecu', 'savoir experientiel', 'condition', 'maladie'],
  notes: ['notes', 'note', 'commentaires', 'commentaire', 'remarques', 'remarque', 'comments', 'comment'],
};

const exactLookup = new Map<string, PartnerField>();
for (const f of partnerFields) for (const s of synonyms[f]) exactLookup.set(fold(s), f);

/** Word fragments for headers such as "Courriel personnel" or "Téléphone (cellulaire)". */
const partialLookup: [RegExp, PartnerField][] = [
  [/\bprenom\b|\bfirst\b/, 'firstName'],
  [/\bcourriel\b|\be ?mail\b/, 'email'],
  [/\btel(ephone)?\b|\bphone\b|\bcell/, 'phone'],
  [/\bnom de famille\b|\blast name\b|\bsurname\b/, 'lastName'],
  [/\bville\b|\bcommunaute\b|\bmunicipalite\b|\bcity\b|\btown\b|\bcommunity\b/, 'community'],
  [/\blangue\b|\blanguage\b/, 'language'],
  [/\bsecteur|\bsector/, 'sectors'],
  [/\btrajectoire|\btrajector/, 'trajectories'],
  [/\bnote|\bcomment|\bremarque/, 'notes'],
  [/\bniveau|\blevel/, 'levels'],
  [/\brole/, 'roles'],
  [/\bdisponib|\bavailab/, 'availabilityNote'],
  [/\binterpr/, 'interpreter'],
  [/\baidant|\bcaregiver/, 'caregiver'],
  [/\badresse\b|\baddress\b/, 'address'],
];

/**
 * Proposes a field for each header (French and English synonyms, accents and case
 * ignored). Each field is proposed at most once, for its first matching column; the user
 * corrects the rest in the mapping step.
 */
export function guessMapping(headers: readonly string[]): CsvMapping {
  const mapping: CsvMapping = {};
  const used = new Set<PartnerField>();
  const folded = headers.map((h) => fold(h));
  // Exact matches first, so "Nom" goes to lastName even if "Nom complet" comes earlier.
  headers.forEach((h, i) => {
    const f = exactLookup.get(folded[i] ?? '');
    if (f !== undefined && !used.has(f)) {
      mapping[h] = f;
      used.add(f);
    } else mapping[h] = null;
  });
  headers.forEach((h, i) => {
    if (mapping[h] !== null) return;
    const key = folded[i] ?? '';
    for (const [re, f] of partialLookup) {
      if (re.test(key) && !used.has(f)) {
        mapping[h] = f;
        used.add(f);
        return;
      }
    }
  });
  // A lone "Nom" with no first-name column is most likely the whole name.
  if (!used.has('firstName') && !used.has('fullName')) {
    const lastCol = headers.find((h) => mapping[h] === 'lastName');
    if (lastCol !== undefined && fold(lastCol) === 'nom') mapping[lastCol] = 'fullName';
  }
  return mapping;
}

// ------------------------------------------------------------------ value parsing

const languageWords: Record<string, Language> = {
  fr: 'fr', f: 'fr', francais: 'fr', french: 'fr', fra: 'fr',
  en: 'en', a: 'en', e: 'en', anglais: 'en', english: 'en', eng: 'en',
  cr: 'cr', cri: 'cr', cree: 'cr', eeyou: 'cr', iiyiyiu: 'cr', cre: 'cr',
  iu: 'iu', inuktitut: 'iu', inuit: 'iu', iku: 'iu',
  other: 'other', autre: 'other',
};
/** Languages recognised as 'other', kept in languageOther. */
const otherLanguageWords = new Set([
  'espagnol', 'spanish', 'arabe', 'arabic', 'innu', 'innu aimun', 'atikamekw', 'naskapi', 'algonquin', 'anishinabe', 'mohawk',
  'portugais', 'portuguese', 'italien', 'italian', 'creole', 'mandarin', 'chinois', 'chinese', 'vietnamien', 'vietnamese',
  'allemand', 'german', 'russe', 'russian', 'tagalog', 'persan', 'farsi', 'ukrainien', 'ukrainian',
]);

const parseLanguage = (raw: string): { language: Language; other?: string } | null => {
  const v = fold(raw);
  // "Autre (espagnol)" / "Other (Spanish)" is how the export writes an 'other' language.
  const m = /^(?:autre|other)\s*\((.+)\)$/i.exec(raw.trim());
  if (m?.[1]) return { language: 'other', other: m[1].trim() };
  // "Français, anglais": the first recognised language is the preferred one.
  for (const part of v.split(/\s*(?:,|;|\/|\bet\b|\band\b)\s*/)) {
    const p = part.trim();
    if (!p) continue;
    const known = languageWords[p];
    if (known) return { language: known };
    if (otherLanguageWords.has(p)) return { language: 'other', other: raw.trim() };
  }
  return null;
};

const trueWords = new Set(['oui', 'o', 'yes', 'y', 'x', '1', 'vrai', 'true', 'requis', 'required']);
const falseWords = new Set(['non', 'n', 'no', '0', 'faux', 'false']);
const parseBool = (raw: string): boolean | null => {
  const v = fold(raw);
  if (v === '') return false;
  if (trueWords.has(v)) return true;
  if (falseWords.has(v)) return false;
  return null;
};

const splitList = (raw: string, separators: RegExp): string[] =>
  raw
    .split(separators)
    .map((s) => s.trim())
    .filter((s) => s !== '');

const roleWords: Record<string, Role> = {
  upo: 'UPO', organisation: 'UPO', organisationnel: 'UPO', organisational: 'UPO', organizational: 'UPO',
  'usager partenaire de l organisation': 'UPO', 'organisational partner user upo': 'UPO',
  upa: 'UPA', accompagnateur: 'UPA', accompagnatrice: 'UPA', accompanying: 'UPA', pair: 'UPA', 'pair aidant': 'UPA', peer: 'UPA',
  'usager partenaire accompagnateur': 'UPA', 'accompanying partner user upa': 'UPA',
};
const levelWords: Record<string, Level> = {
  clinique: 'clinical', clinical: 'clinical',
  tactique: 'tactical', tactical: 'tactical', organisationnel: 'tactical', organisational: 'tactical',
  strategique: 'strategic', strategic: 'strategic', gouvernance: 'strategic', governance: 'strategic',
};
const participationWords: Record<string, Participation> = {
  'en personne': 'in_person', presentiel: 'in_person', 'in person': 'in_person', 'in_person': 'in_person', personne: 'in_person',
  telephone: 'phone', tel: 'phone', phone: 'phone',
  video: 'video', visio: 'video', visioconference: 'video', videoconference: 'video', teams: 'video', zoom: 'video',
};

/** Parses a coded list; returns null if any item is unknown. */
function parseCoded<T extends string>(raw: string, words: Record<string, T>): T[] | null {
  const out: T[] = [];
  for (const part of splitList(raw, /[;,/|+\n]|\bet\b|\band\b/)) {
    const hit = words[fold(part)];
    if (hit === undefined) return null;
    if (!out.includes(hit)) out.push(hit);
  }
  return out;
}

function parseSectors(raw: string): string[] {
  const out: string[] = [];
  const add = (s: string): void => {
    if (!out.includes(s)) out.push(s);
  };
  // Sector labels contain commas, so commas only split when every piece is a known sector.
  for (const part of splitList(raw, /[;|\n]/)) {
    const id = findSectorId(part);
    if (id) {
      add(id);
      continue;
    }
    const pieces = splitList(part, /,/);
    const ids = pieces.map((p) => findSectorId(p));
    if (pieces.length > 1 && ids.every((x) => x !== undefined)) for (const x of ids) add(x as string);
    else add(part);
  }
  return out;
}

const maxLen: Partial<Record<PartnerField, number>> = {
  firstName: 80, lastName: 80, title: 40, phone: 40, email: 200, address: 300, community: 120,
  availabilityNote: 500, notes: 5000,
};

// ------------------------------------------------------------------ validate

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
    const err = (field: PartnerField | null, column: string | null, code: CsvErrorCode, value?: string): void => {
      const e: CsvRowError = { rowNumber: row.rowNumber, field, column, code };
      if (value !== undefined) e.value = value;
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
      if (max !== undefined && value.length > max) err(field, column, 'too_long', value.slice(0, 40));
      if (field === 'phone') {
        const d = digitsOf(value);
        if (d.length < 7 || d.length > 15) err(field, column, 'invalid_phone', value);
      }
      draft[field] = value;
    }
    for (const f of ['firstName', 'lastName'] as const) {
      const max = maxLen[f] ?? 80;
      if ((draft[f] as string).length > max) err(f, get(f).column ?? get('fullName').column, 'too_long');
    }

    const email = get('email');
    if (email.value) {
      if (!PartnerFields.shape.email.safeParse(email.value).success) err('email', email.column, 'invalid_email', email.value);
      else draft.email = email.value;
    }

    const lang = get('language');
    if (lang.value) {
      const l = parseLanguage(lang.value);
      if (!l) err('language', lang.column, 'invalid_language', lang.value);
      else {
        draft.language = l.language;
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

    const coded: [PartnerField, Record<string, string>, CsvErrorCode][] = [
      ['roles', roleWords, 'invalid_role'],
      ['levels', levelWords, 'invalid_level'],
      ['participation', participationWords, 'invalid_participation'],
    ];
    for (const [field, words, code] of coded) {
      const { value, column } = get(field);
      if (!value) continue;
      const list = parseCoded(value, words);
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

// ------------------------------------------------------------------ export

const headerLabels: Record<ExportColumn, { fr: string; en: string }> = {
  firstName: { fr: 'Prénom', en: 'First name' },
  lastName: { fr: 'Nom', en: 'Last name' },
  title: { fr: 'Titre', en: 'Title' },
  phone: { fr: 'Téléphone', en: 'Phone' },
  email: { fr: 'Courriel', en: 'E-mail' },
  address: { fr: 'Adresse', en: 'Address' },
  community: { fr: 'Communauté', en: 'Community' },
  language: { fr: 'Langue', en: 'Language' },
  interpreter: { fr: 'Interprète', en: 'Interpreter' },
  caregiver: { fr: 'Proche aidant', en: 'Caregiver' },
  participation: { fr: 'Modes de participation', en: 'Participation' },
  availabilityNote: { fr: 'Disponibilités', en: 'Availability' },
  roles: { fr: 'Rôles', en: 'Roles' },
  levels: { fr: 'Niveaux', en: 'Levels' },
  sectors: { fr: 'Secteurs', en: 'Sectors' },
  trajectories: { fr: 'Trajectoires', en: 'Care trajectories' },
  notes: { fr: 'Notes', en: 'Notes' },
  step: { fr: 'Étape', en: 'Step' },
  lastContactAt: { fr: 'Dernier contact', en: 'Last contact' },
  nextStepAt: { fr: 'Prochain suivi', en: 'Next follow-up' },
};


const languageLabels: Record<Language, { fr: string; en: string }> = {
  fr: { fr: 'Français', en: 'French' },
  en: { fr: 'Anglais', en: 'English' },
  cr: { fr: 'Cri', en: 'Cree' },
  iu: { fr: 'Inuktitut', en: 'Inuktitut' },
  other: { fr: 'Autre', en: 'Other' },
};
const levelLabels: Record<Level, { fr: string; en: string }> = {
  clinical: { fr: 'Clinique', en: 'Clinical' },
  tactical: { fr: 'Tactique', en: 'Tactical' },
  strategic: { fr: 'Stratégique', en: 'Strategic' },
};
const participationLabels: Record<Participation, { fr: string; en: string }> = {
  in_person: { fr: 'En personne', en: 'In person' },
  phone: { fr: 'Téléphone', en: 'Phone' },
  video: { fr: 'Vidéo', en: 'Video' },
};
const stepLabels: Record<PipelineStep, { fr: string; en: string }> = {
  interest: { fr: 'Intérêt exprimé', en: 'Expressed interest' },
  first_contact: { fr: 'Premier contact', en: 'First contact' },
  screening: { fr: 'Entrevue de sélection', en: 'Screening interview' },
  preselected: { fr: 'Présélectionné', en: 'Pre-selected' },
  trained: { fr: 'Formé', en: 'Trained' },
  in_bank: { fr: 'Dans la banque', en: 'In the bank' },
  active: { fr: 'Actif', en: 'Active' },
  inactive: { fr: 'Inactif', en: 'Inactive' },
  withdrawn: { fr: 'Retiré', en: 'Withdrawn' },
};

function cellValue(p: Partner, c: ExportColumn, lang: UiLanguage): string {
  const yesNo = (b: boolean): string => (b ? (lang === 'fr' ? 'Oui' : 'Yes') : lang === 'fr' ? 'Non' : 'No');
  switch (c) {
    case 'language': {
      const l = languageLabels[p.language][lang];
      return p.language === 'other' && p.languageOther ? `${l} (${p.languageOther})` : l;
    }
    case 'interpreter':
      return yesNo(p.interpreter);
    case 'caregiver':
      return yesNo(p.caregiver);
    case 'participation':
      return p.participation.map((x) => participationLabels[x][lang]).join(', ');
    case 'roles':
      return p.roles.join(', ');
    case 'levels':
      return p.levels.map((x) => levelLabels[x][lang]).join(', ');
    // Sector labels contain commas, hence '; ' between list items.
    case 'sectors':
      return p.sectors.map((s) => sectorLabel(s, lang)).join('; ');
    case 'trajectories':
      return p.trajectories.join('; ');
    case 'step':
      return stepLabels[p.step][lang];
    default: {
      const v = p[c];
      return typeof v === 'string' ? v : '';
    }
  }
}

const quote = (v: string): string => {
  const guarded = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[";,\r\n]|^\s|\s$/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
};

/**
 * The given partners (already filtered by the caller) as CSV for Excel: header in the UI
 * language, ';' delimiter, CRLF line ends and a UTF-8 BOM.
 */
export function partnersToCsv(partners: readonly Partner[], columns: readonly ExportColumn[], lang: UiLanguage): string {
  const lines = [columns.map((c) => quote(headerLabels[c][lang])).join(';')];
  for (const p of partners) lines.push(columns.map((c) => quote(cellValue(p, c, lang))).join(';'));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The columns a plain "export the list" uses. */
export const defaultExportColumns: readonly ExportColumn[] = [
  'firstName', 'lastName', 'phone', 'email', 'community', 'language', 'interpreter', 'roles', 'levels', 'sectors',
  'trajectories', 'step', 'lastContactAt', 'nextStepAt',
];
