import type { CentralDevice } from '../../../../shared/bridge/channels/central';
import type { RecordBase } from '../../../../shared/model/base';
import { tableNames, type TableName } from '../../../../shared/model/tables';
import { touchedBy } from '../../../../shared/sync/office';
import { isOfficeScoped, scopeOf, unscopeId } from '../../../../shared/sync/office-scoped';
import type { RelaisDb } from '../../db/db';

/** Every synced table but settings, which go apart (the office's latest only). */
const TABLES: readonly TableName[] = tableNames.filter((t) => t !== 'settings');

/**
 * Every record one office's devices ever changed (tombstones included, so deletions reach
 * a restored laptop too), and that office's latest settings: what a bundle back to that
 * office carries. Records with a fixed id per office are held here one copy per office
 * (`shared/sync/office-scoped.ts`): the office gets its own copy back under the plain id,
 * never another office's.
 */
export const officeRecordsFor = async (
  db: RelaisDb,
  establishment: string,
  devices: readonly CentralDevice[],
): Promise<Partial<Record<TableName, RecordBase[]>>> => {
  const ids = new Set(devices.filter((d) => d.establishment === establishment).map((d) => d.deviceId));
  const out: Partial<Record<TableName, RecordBase[]>> = {};
  await db.transaction('r', [...TABLES.map((t) => db.table(t)), db.offices], async () => {
    for (const t of TABLES) {
      const rows = forOffice(t, await db.table<RecordBase, string>(t).toArray(), establishment, ids);
      if (rows.length) out[t] = rows;
    }
    const office = await db.offices.get(establishment);
    if (office?.settings) out.settings = [office.settings];
  });
  return out;
};

const forOffice = (table: TableName, all: readonly RecordBase[], establishment: string, devices: ReadonlySet<string>): RecordBase[] => {
  const own = new Set(all.filter((r) => scopeOf(r.id) === establishment).map((r) => unscopeId(r.id)));
  const rows: RecordBase[] = [];
  for (const r of all) {
    const office = scopeOf(r.id);
    if (office !== undefined) {
      if (office === establishment) rows.push({ ...r, id: unscopeId(r.id) });
    } else if (isOfficeScoped(table, r.id)) {
      // A plain fixed id merged before copies were kept per office: sent only to an office
      // that has no copy of its own yet (the old behaviour), never over its own.
      if (!own.has(r.id) && touchedBy(r, devices)) rows.push(r);
    } else if (touchedBy(r, devices)) rows.push(r);
  }
  return rows;
};
