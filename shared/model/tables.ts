import { z } from 'zod';
import { ContactEntry, Partner } from './partner';
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
  yearReports: YearReport,
} as const;

export const TableName = z.enum(['partners', 'contacts', 'requests', 'candidacies', 'mandates', 'settings', 'yearReports']);
export type TableName = z.infer<typeof TableName>;
export const tableNames = TableName.options;

export interface TableRecords {
  partners: Partner;
  contacts: ContactEntry;
  requests: PartnerRequest;
  candidacies: Candidacy;
  mandates: Mandate;
  settings: OfficeSettings;
  yearReports: YearReport;
}
