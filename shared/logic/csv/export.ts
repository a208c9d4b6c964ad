/**
 * CSV export of the (filtered) list for Excel in French Quebec: ';' delimiter, CRLF and a
 * UTF-8 BOM, without which Excel reads accents as mojibake. Values Excel would run as
 * formulas get an apostrophe (CSV injection); the importer strips it again. Coded values
 * are written with the screens' own labels (shared/vocabulary), so an export re-imports.
 */
import type { UiLanguage } from '../../model/enums';
import { spokenLanguages, type Partner } from '../../model/partner';
import { sectorLabel } from '../../reference';
import { codeLabel, yesNoLabel } from '../../vocabulary';
import type { ExportColumn } from './types';

function cellValue(p: Partner, c: ExportColumn, lang: UiLanguage): string {
  const yesNo = (b: boolean): string => yesNoLabel(b, lang);
  switch (c) {
    case 'language':
      // Every language, the preferred one first: "Cri; Français" re-imports as both.
      return spokenLanguages(p)
        .map((l) => {
          const label = codeLabel('languages', l, lang);
          return l === 'other' && p.languageOther ? `${label} (${p.languageOther})` : label;
        })
        .join('; ');
    case 'interpreter':
      return yesNo(p.interpreter);
    case 'caregiver':
      return yesNo(p.caregiver);
    case 'participation':
      return p.participation.map((x) => codeLabel('participation', x, lang)).join(', ');
    case 'roles':
      return p.roles.join(', ');
    case 'levels':
      return p.levels.map((x) => codeLabel('levels', x, lang)).join(', ');
    // Sector labels contain commas, hence '; ' between list items.
    case 'sectors':
      return p.sectors.map((s) => sectorLabel(s, lang)).join('; ');
    case 'trajectories':
      return p.trajectories.join('; ');
    case 'step':
      return codeLabel('steps', p.step, lang);
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
  const lines = [columns.map((c) => quote(codeLabel('columns', c, lang))).join(';')];
  for (const p of partners) lines.push(columns.map((c) => quote(cellValue(p, c, lang))).join(';'));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The columns a plain "export the list" uses. */
export const defaultExportColumns: readonly ExportColumn[] = [
  'firstName',
  'lastName',
  'phone',
  'email',
  'community',
  'language',
  'interpreter',
  'roles',
  'levels',
  'sectors',
  'trajectories',
  'step',
  'lastContactAt',
  'nextStepAt',
];
