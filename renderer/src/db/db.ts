import { Dexie, type EntityTable } from 'dexie';
import type { ContactEntry, Partner } from '../../../shared/model/partner';
import type { Candidacy, Mandate, PartnerRequest } from '../../../shared/model/request';
import type { GuideTemplate, Poster } from '../../../shared/model/printables';
import type { OfficeSettings } from '../../../shared/model/settings';
import type { YearReport } from '../../../shared/model/year-report';
import type { PartnerQuerySaved } from './views';
import { declareSchema, SCHEMA_VERSION } from './schema';

export interface MetaRow {
  key: string;
  value: unknown;
}

export interface DraftRow {
  key: string;
  value: unknown;
  savedAt: string;
}

export type RelaisDb = Dexie & {
  partners: EntityTable<Partner, 'id'>;
  contacts: EntityTable<ContactEntry, 'id'>;
  requests: EntityTable<PartnerRequest, 'id'>;
  candidacies: EntityTable<Candidacy, 'id'>;
  mandates: EntityTable<Mandate, 'id'>;
  settings: EntityTable<OfficeSettings, 'id'>;
  posters: EntityTable<Poster, 'id'>;
  guides: EntityTable<GuideTemplate, 'id'>;
  meta: EntityTable<MetaRow, 'key'>;
  views: EntityTable<PartnerQuerySaved, 'id'>;
  drafts: EntityTable<DraftRow, 'key'>;
  yearReports: EntityTable<YearReport, 'id'>;
};

export const DB_NAME = 'relais';

export const openDb = (name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]): RelaisDb => {
  const db = new Dexie(name, { chromeTransactionDurability: 'relaxed', ...options }) as RelaisDb;
  declareSchema(db);
  return db;
};

export class NewerDatabaseError extends Error {
  override name = 'NewerDatabaseError';
}

/**
 * Opens the database and refuses one written by a newer Relais. Dexie 4 would open it
 * anyway, adding what it misses; an older app must not write into a schema it does not
 * know, so the version on disk is read before Dexie touches it, and the app asks to be
 * updated instead.
 */
export const openChecked = async (db: RelaisDb): Promise<RelaisDb> => {
  const existing = (await indexedDB.databases()).find((d) => d.name === db.name);
  // Dexie stores version n as IndexedDB version n × 10.
  const onDisk = (existing?.version ?? 0) / 10;
  if (onDisk > SCHEMA_VERSION) throw new NewerDatabaseError(`database version ${onDisk} is newer than ${SCHEMA_VERSION}`);
  await db.open();
  return db;
};
