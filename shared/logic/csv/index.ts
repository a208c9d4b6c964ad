/**
 * CSV import from an existing bank and CSV export of the (filtered) list.
 *
 * Import is a pure pipeline so the UI can show a preview and import nothing until the
 * coordinator confirms: decodeCsv (bytes → text, encoding shown and changeable) →
 * parseCsv → guessMapping (editable by the user) → validateRows. One file per step;
 * coded values come from the one vocabulary (shared/vocabulary).
 */
export * from './types';
export * from './decode';
export { parseCsv } from './parse';
export { guessMapping } from './guess-columns';
export { parseLanguages } from './values';
export { validateRows } from './validate';
export { defaultExportColumns, partnersToCsv } from './export';
