import type { CentralDevice } from '../../../../shared/bridge/channels/central';
import type { RecordBase } from '../../../../shared/model/base';
import { tableNames, type TableName } from '../../../../shared/model/tables';
import { touchedBy } from '../../../../shared/sync/office';
import type { RelaisDb } from '../../db/db';

/** Every synced table but settings, which go apart (the office's latest only). */
const TABLES: readonly TableName[] = tableNames.filter((t) => t !== 'settings');

/**
 * Every record one office's devices ever changed (tombstones included, so deletions reach
 * a restored laptop too), and that office's latest settings: what a bundle back to that
 * office carries.
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
      const rows = (await db.table<RecordBase, string>(t).toArray()).filter((r) => touchedBy(r, ids));
      if (rows.length) out[t] = rows;
    }
    const office = await db.offices.get(establishment);
    if (office?.settings) out.settings = [office.settings];
  });
  return out;
};
