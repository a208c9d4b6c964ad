import { tableNames, type TableName } from '../../../shared/model/tables';
import { call } from '../bridge';
import { getServices } from '../db/services';
import { SETTINGS_ID } from './officeSettings';

/** Every record of every synced table, tombstones included, in one consistent read. */
const collectAll = async (): Promise<{ records: Partial<Record<TableName, unknown[]>>; establishment: string }> => {
  const { db } = getServices();
  return db.transaction(
    'r',
    tableNames.map((n) => db.table(n)),
    async () => {
      const records: Partial<Record<TableName, unknown[]>> = {};
      for (const name of tableNames) records[name] = await db.table(name).toArray();
      const office = (await db.table('settings').get(SETTINGS_ID)) as { establishment?: string; deleted?: 1 } | undefined;
      return { records, establishment: office && !office.deleted ? (office.establishment ?? '') : '' };
    },
  );
};

let chain: Promise<unknown> = Promise.resolve();

/** One backup now (queued behind any running one, so the button and the schedule never race). */
export const backupNow = () => {
  const run = chain.then(async () => {
    const { records, establishment } = await collectAll();
    return call('backup.run', { deviceId: getServices().records.clock.deviceId, establishment, records });
  });
  chain = run.catch(() => undefined);
  return run;
};

const toBase64 = (bytes: Uint8Array): string => {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
};

/**
 * Opens a backup file in main (every bundle check applies) and writes its records here,
 * keeping newer local copies. Returns the backup's date and how many records it held.
 */
export const restoreBackup = async (file: Blob, key: { passphrase: string } | { identity: string }): Promise<{ createdAt: string; records: number }> => {
  const base64 = toBase64(new Uint8Array(await file.arrayBuffer()));
  const opened = await call('backup.open', { base64, ...key });
  let records = 0;
  for (const table of tableNames) {
    const rows = opened.records[table];
    if (!rows?.length) continue;
    await getServices().records.restore(table, rows);
    records += rows.length;
  }
  return { createdAt: opened.createdAt, records };
};
