import type { TableName } from '../model/tables';

/**
 * Records with ONE FIXED ID PER OFFICE (not a random one): the year report of a year
 * (`yearreport-<year>`), an edited guide (`guide-<key>-<lang>`), an edited built-in survey
 * instrument (`builtin-…`). Within one office the fixed id is the point: two laptops meet
 * on it. A central office that gathers SEVERAL offices must keep one copy per office, or two
 * offices' 2026 reports would meet on one id (a false conflict) and the send-back would give
 * one office's text to the other. So, at a central office only, such a record is stored
 * under its id namespaced by the bundle's establishment, and sent back with its plain id to
 * that office alone. Laptops and the bundle format never see a namespaced id.
 */
const FIXED: Partial<Record<TableName, RegExp>> = {
  yearReports: /^yearreport-/,
  guides: /^guide-/,
  instruments: /^builtin-/,
};

/**
 * Between the establishment and the plain id: the ASCII unit separator, a control character
 * no form accepts and no generated id (ULIDs, the fixed ids above) contains.
 */
export const SCOPE_SEPARATOR = '\u001f';

export const isOfficeScoped = (table: TableName, id: string): boolean => !id.includes(SCOPE_SEPARATOR) && (FIXED[table]?.test(id) ?? false);

export const scopeId = (establishment: string, id: string): string => `${establishment}${SCOPE_SEPARATOR}${id}`;

/** The office a namespaced id belongs to; undefined for an ordinary id. */
export const scopeOf = (id: string): string | undefined => {
  const i = id.indexOf(SCOPE_SEPARATOR);
  return i < 0 ? undefined : id.slice(0, i);
};

/** The plain id a laptop knows (an ordinary id is returned as is). */
export const unscopeId = (id: string): string => {
  const i = id.indexOf(SCOPE_SEPARATOR);
  return i < 0 ? id : id.slice(i + 1);
};

/** The id a central office stores an incoming record under. */
export const centralId = (table: TableName, establishment: string, id: string): string => (isOfficeScoped(table, id) ? scopeId(establishment, id) : id);
