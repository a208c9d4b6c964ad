import type { TFunction } from 'i18next';
import type { ConflictRow } from '../../db/receive-rows';

/** A conflict's title: the table and a readable name from any version that still has one. */
export const versionTitle = (t: TFunction<'central'>, c: ConflictRow): string => {
  const named = c.versions.find((v) => 'lastName' in v || 'title' in v) as { firstName?: string; lastName?: string; title?: string } | undefined;
  const name = named ? (named.title ?? `${named.firstName ?? ''} ${named.lastName ?? ''}`.trim()) : c.recordId.slice(-8);
  return t('conflicts.item', { table: t(`tables.${c.table}`), name, count: c.versions.length });
};
