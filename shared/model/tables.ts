import { z } from 'zod';
import { ContactEntry, Partner } from './partner';
import { GuideTemplate, Poster } from './printables';
import { Candidacy, Mandate, PartnerRequest } from './request';
import { OfficeSettings } from './settings';
import { YearReport } from './year-report';

/**
 * The synced tables and the schema of a record in each. Bundles carry records by table
 * name; the database declares the same names.
 */
export const tableSchemas = {
  partners: Partner,
  contacts: ContactEntry,
  requests: PartnerRequest,
  candidacies: Candidacy,
  mandates: Mandate,
  settings: OfficeSettings,
  posters: Poster,
  guides: GuideTemplate,
  yearReports: YearReport,
} as const;

type Schemas = typeof tableSchemas;

/** The one list of synced table names (the keys above, in bundle order). */
export const tableNames = Object.keys(tableSchemas) as (keyof Schemas)[];
export const TableName = z.enum(tableNames as [keyof Schemas, ...(keyof Schemas)[]]);
export type TableName = z.infer<typeof TableName>;

export type TableRecords = { [K in TableName]: z.infer<Schemas[K]> };
