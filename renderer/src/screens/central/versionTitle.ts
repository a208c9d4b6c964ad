import type { TFunction } from 'i18next';
import { scopeOf, unscopeId } from '../../../../shared/sync/office-scoped';
import type { ConflictRow } from '../../db/receive-rows';

/** A conflict's title: the table and a readable name from any version that still has one. */
export const versionTitle = (t: TFunction<'central'>, c: ConflictRow): string => {
  const named = c.versions.find((v) => 'lastName' in v || 'title' in v) as { firstName?: string; lastName?: string; title?: string } | undefined;
  // A record kept per office (year report, edited guide or grid) shows its plain id and whose it is.
  const office = scopeOf(c.recordId);
  const plain = unscopeId(c.recordId);
  const fallback = office === undefined ? plain.slice(-8) : plain;
  const base = named && typeof named.title !== 'object' ? (named.title ?? `${named.firstName ?? ''} ${named.lastName ?? ''}`.trim()) : fallback;
  const name = office === undefined ? base : `${base} (${office})`;
  return t('conflicts.item', { table: t(`tables.${c.table}`), name, count: c.versions.length });
};
