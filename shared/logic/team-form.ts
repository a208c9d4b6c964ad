import type { Context, Language, Level, Participation, UiLanguage } from '../model/enums';
import { findSectorId, sectorLabel, sectors } from '../reference';
import { readCode, readYesNo, type CodedList } from '../vocabulary';
import { foldKey } from './text';

/**
 * The request form a team fills in and sends back (by e-mail, on a USB key, printed and
 * retyped): plain "Label : value" lines, in French or English, so it survives any mail
 * client and any word processor. `teamFormTemplate` writes the blank form the office sends;
 * `parseTeamForm` reads a filled one back into request fields, saying what it did not
 * understand instead of guessing.
 */

export interface TeamFormValues {
  title?: string;
  directorate?: string;
  team?: string;
  reference: { name?: string; role?: string; phone?: string; email?: string };
  level?: Level;
  context?: Context;
  sectors?: string[];
  trajectories?: string[];
  languages?: Language[];
  community?: string;
  remoteOk?: boolean;
  seats?: number;
  startDate?: string;
  endDate?: string;
  frequency?: string;
  formats?: Participation[];
  hoursExpected?: number;
  compensation?: string;
  notes?: string;
}

export type TeamFormKey =
  | 'title'
  | 'directorate'
  | 'team'
  | 'refName'
  | 'refRole'
  | 'refPhone'
  | 'refEmail'
  | 'level'
  | 'context'
  | 'sectors'
  | 'trajectories'
  | 'languages'
  | 'community'
  | 'remoteOk'
  | 'seats'
  | 'startDate'
  | 'endDate'
  | 'frequency'
  | 'formats'
  | 'hoursExpected'
  | 'compensation'
  | 'notes';

export interface TeamFormProblem {
  key: TeamFormKey;
  value: string;
}

export interface TeamFormResult {
  values: TeamFormValues;
  recognised: TeamFormKey[];
  problems: TeamFormProblem[];
}

interface FieldSpec {
  key: TeamFormKey;
  fr: string;
  en: string;
  /** Extra label spellings teams are likely to use. */
  aliases?: string[];
  hintFr?: string;
  hintEn?: string;
}

const FIELDS: readonly FieldSpec[] = [
  { key: 'title', fr: 'Projet ou comité', en: 'Project or committee', aliases: ['projet', 'comite', 'titre', 'title', 'project'] },
  { key: 'directorate', fr: 'Direction', en: 'Directorate', aliases: ['direction demandeuse', 'requesting directorate'] },
  { key: 'team', fr: 'Équipe', en: 'Team', aliases: ['service', 'equipe demandeuse'] },
  { key: 'refName', fr: 'Personne de référence', en: 'Reference person', aliases: ['responsable', 'contact person', 'reference'] },
  { key: 'refRole', fr: 'Fonction de la personne de référence', en: "Reference person's role", aliases: ['fonction', 'role of the reference person'] },
  { key: 'refPhone', fr: 'Téléphone', en: 'Phone', aliases: ['telephone de la personne de reference', 'tel'] },
  { key: 'refEmail', fr: 'Courriel', en: 'E-mail', aliases: ['email', 'courriel de la personne de reference', 'adresse courriel'] },
  { key: 'level', fr: 'Niveau', en: 'Level', hintFr: 'clinique, tactique ou stratégique', hintEn: 'clinical, tactical or strategic' },
  { key: 'context', fr: 'Contexte', en: 'Context', hintFr: 'soins et services, organisation ou gouvernance', hintEn: 'care, organization or governance' },
  { key: 'sectors', fr: 'Secteurs', en: 'Sectors', aliases: ['secteur', 'sector'], hintFr: 'séparés par des virgules', hintEn: 'separated by commas' },
  {
    key: 'trajectories',
    fr: 'Trajectoires de soins recherchées',
    en: 'Care trajectories sought',
    aliases: ['trajectoires', 'trajectoire', 'trajectories', 'profil recherche', 'profile sought'],
    hintFr: 'séparées par des virgules',
    hintEn: 'separated by commas',
  },
  {
    key: 'languages',
    fr: 'Langues',
    en: 'Languages',
    aliases: ['langue', 'language'],
    hintFr: 'français, anglais, cri, inuktitut, autre',
    hintEn: 'French, English, Cree, Inuktitut, other',
  },
  { key: 'community', fr: 'Communauté', en: 'Community', aliases: ['ville', 'lieu', 'town', 'place'] },
  {
    key: 'remoteOk',
    fr: 'Participation à distance possible',
    en: 'Remote participation possible',
    aliases: ['a distance', 'remote'],
    hintFr: 'oui ou non',
    hintEn: 'yes or no',
  },
  { key: 'seats', fr: "Nombre d'usagers partenaires", en: 'Number of partners', aliases: ['nombre', 'places', 'number', 'seats'] },
  { key: 'startDate', fr: 'Début', en: 'Start', aliases: ['date de debut', 'start date'], hintFr: 'AAAA-MM-JJ', hintEn: 'YYYY-MM-DD' },
  { key: 'endDate', fr: 'Fin', en: 'End', aliases: ['date de fin', 'end date'], hintFr: 'AAAA-MM-JJ', hintEn: 'YYYY-MM-DD' },
  { key: 'frequency', fr: 'Fréquence des rencontres', en: 'Meeting frequency', aliases: ['frequence', 'frequency'] },
  {
    key: 'formats',
    fr: 'Format',
    en: 'Format',
    aliases: ['formats', 'mode'],
    hintFr: 'en personne, téléphone, visioconférence',
    hintEn: 'in person, phone, video',
  },
  { key: 'hoursExpected', fr: 'Heures prévues', en: 'Expected hours', aliases: ['heures', 'hours', 'temps prevu'] },
  {
    key: 'compensation',
    fr: 'Reconnaissance ou rémunération offerte',
    en: 'Recognition or compensation offered',
    aliases: ['remuneration', 'reconnaissance', 'compensation'],
  },
  { key: 'notes', fr: 'Autres informations', en: 'Other information', aliases: ['notes', 'commentaires', 'comments', 'remarques'] },
];

const byLabel = new Map<string, TeamFormKey>();
for (const f of FIELDS) for (const l of [f.fr, f.en, ...(f.aliases ?? [])]) byLabel.set(foldKey(l), f.key);

/** Splits on commas, semicolons and line breaks, but not inside parentheses: some sector names hold commas. */
const list = (v: string): string[] => {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of v) {
    if (ch === '(') depth++;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && (ch === ',' || ch === ';' || ch === '\n')) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out.map((x) => x.trim()).filter(Boolean);
};

/** ISO dates, or day/month/year as Quebec teams often write them. */
const date = (v: string): string | undefined => {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(v);
  const dmy = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(v);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : dmy ? [dmy[3], dmy[2], dmy[1]] : [];
  if (!y || !m || !d) return undefined;
  const out = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const check = new Date(`${out}T00:00:00Z`);
  return Number.isNaN(check.getTime()) || check.toISOString().slice(0, 10) !== out ? undefined : out;
};

const number = (v: string): number | undefined => {
  const n = Number(v.replace(/\s/g, '').replace(',', '.').replace(/h$/i, ''));
  return Number.isFinite(n) && n >= 0 ? n : undefined;
};

/** Every item of a list read through the shared vocabulary; undefined if one is unknown. */
const mapAll = <L extends CodedList>(v: string, vocab: L): NonNullable<ReturnType<typeof readCode<L>>>[] | undefined => {
  const out: NonNullable<ReturnType<typeof readCode<L>>>[] = [];
  for (const item of list(v)) {
    const hit = readCode(vocab, item);
    if (hit === undefined) return undefined;
    if (!out.includes(hit)) out.push(hit);
  }
  return out;
};

/** Reads one value into `values`; false when it is not understood. */
const apply = (values: TeamFormValues, key: TeamFormKey, raw: string): boolean => {
  const v = raw.trim();
  switch (key) {
    case 'title':
    case 'directorate':
    case 'team':
    case 'community':
    case 'frequency':
    case 'compensation':
    case 'notes':
      values[key] = v;
      return true;
    case 'refName':
      values.reference.name = v;
      return true;
    case 'refRole':
      values.reference.role = v;
      return true;
    case 'refPhone':
      values.reference.phone = v;
      return true;
    case 'refEmail':
      if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v)) return false;
      values.reference.email = v;
      return true;
    case 'level': {
      const l = readCode('levels', v);
      if (!l) return false;
      values.level = l;
      return true;
    }
    case 'context': {
      const c = readCode('contexts', v);
      if (!c) return false;
      values.context = c;
      return true;
    }
    case 'sectors': {
      const ids = list(v).map((s) => findSectorId(s));
      if (ids.some((id) => id === undefined)) return false;
      values.sectors = ids as string[];
      return true;
    }
    case 'trajectories':
      values.trajectories = list(v);
      return true;
    case 'languages': {
      const ls = mapAll(v, 'languages');
      if (!ls) return false;
      values.languages = ls;
      return true;
    }
    case 'formats': {
      const fs = mapAll(v, 'participation');
      if (!fs) return false;
      values.formats = fs;
      return true;
    }
    case 'remoteOk': {
      const yes = readYesNo(v);
      if (yes === null) return false;
      values.remoteOk = yes;
      return true;
    }
    case 'seats': {
      const n = number(v);
      if (n === undefined || !Number.isInteger(n) || n < 1 || n > 50) return false;
      values.seats = n;
      return true;
    }
    case 'hoursExpected': {
      const n = number(v);
      if (n === undefined || n > 2000) return false;
      values.hoursExpected = n;
      return true;
    }
    case 'startDate':
    case 'endDate': {
      const d = date(v);
      if (!d) return false;
      values[key] = d;
      return true;
    }
  }
};

/**
 * Reads a filled form. A line "Label : value" starts a field (French or English label,
 * accents and case ignored); lines without a known label continue the previous field, so
 * a long answer can span several lines. Empty answers are skipped; lines before the first
 * label (the instructions) are ignored.
 */
export const parseTeamForm = (text: string): TeamFormResult => {
  const entries: { key: TeamFormKey; value: string }[] = [];
  let current: { key: TeamFormKey; value: string } | null = null;
  for (const line of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    const m = /^\s*([^:]{1,80}?)\s*:\s?(.*)$/.exec(line);
    const key = m?.[1] ? byLabel.get(foldKey(m[1].replace(/\(.*\)$/, ''))) : undefined;
    if (m && key) {
      current = { key, value: (m[2] ?? '').trim() };
      entries.push(current);
    } else if (current && line.trim() && !line.trim().startsWith('#')) {
      current.value = current.value ? `${current.value}\n${line.trim()}` : line.trim();
    }
  }
  const values: TeamFormValues = { reference: {} };
  const recognised: TeamFormKey[] = [];
  const problems: TeamFormProblem[] = [];
  for (const e of entries) {
    if (!e.value) continue;
    if (apply(values, e.key, e.value)) recognised.push(e.key);
    else problems.push({ key: e.key, value: e.value.slice(0, 200) });
  }
  return { values, recognised, problems };
};

/** The blank form the office sends to a team, in the team's language. */
export const teamFormTemplate = (lang: UiLanguage, office: string): string => {
  const intro =
    lang === 'fr'
      ? [
          `# Demande d'usager partenaire — ${office || 'Bureau du partenariat'}`,
          '# Remplissez ce qui suit après chaque deux-points, puis renvoyez ce fichier au bureau.',
          '# Une réponse peut tenir sur plusieurs lignes. Laissez vide ce que vous ne savez pas encore.',
          `# Secteurs possibles : ${sectors.map((s) => sectorLabel(s.id, 'fr')).join('; ')}`,
        ]
      : [
          `# Request for a partner user — ${office || 'Partnership office'}`,
          '# Fill in after each colon, then send this file back to the office.',
          '# An answer may span several lines. Leave blank what you do not know yet.',
          `# Possible sectors: ${sectors.map((s) => sectorLabel(s.id, 'en')).join('; ')}`,
        ];
  const lines = FIELDS.map((f) => {
    const label = lang === 'fr' ? f.fr : f.en;
    const hint = lang === 'fr' ? f.hintFr : f.hintEn;
    return `${label}${hint ? ` (${hint})` : ''}${lang === 'fr' ? ' :' : ':'} `;
  });
  return [...intro, '', ...lines, ''].join('\n');
};

export const teamFormLabel = (key: TeamFormKey, lang: UiLanguage): string => {
  const f = FIELDS.find((x) => x.key === key);
  return f ? (lang === 'fr' ? f.fr : f.en) : key;
};
