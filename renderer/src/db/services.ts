import { loadDeviceClock } from './clock';
import { NewerDatabaseError, openChecked, openDb, type RelaisDb } from './db';
import { Records } from './records';

export interface Services {
  db: RelaisDb;
  records: Records;
  persisted: boolean;
}

let services: Services | null = null;

export type StartupFailure = 'newer_database' | 'storage_unavailable';

/**
 * Opens the database and the device clock once. A database written by a newer Relais is
 * refused so that an older copy never damages it.
 */
export const startServices = async (): Promise<Services | StartupFailure> => {
  const db = openDb();
  try {
    await openChecked(db);
  } catch (err) {
    return err instanceof NewerDatabaseError || (err as Error).name === 'VersionError' ? 'newer_database' : 'storage_unavailable';
  }
  const clock = await loadDeviceClock(db);
  // Ask the browser not to evict the bank under storage pressure.
  const persisted = (await navigator.storage?.persist?.().catch(() => false)) ?? false;
  services = { db, records: new Records(db, clock), persisted };
  return services;
};

export const getServices = (): Services => {
  if (!services) throw new Error('services not started');
  return services;
};
