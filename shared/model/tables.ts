import { z } from 'zod';
import { ContactEntry, Partner } from './partner';
import { GuideTemplate, Poster } from './printables';
import { Candidacy, Mandate, PartnerRequest } from './request';
import { OfficeSettings } from './settings';

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
} as const;

export const TableName = z.enum(['partners', 'contacts', 'requests', 'candidacies', 'mandates', 'settings', 'posters', 'guides']);
export type TableName = z.infer<typeof TableName>;
export const tableNames = TableName.options;

export interface TableRecords {
  partners: Partner;
  contacts: ContactEntry;
  requests: PartnerRequest;
  candidacies: Candidacy;
  mandates: Mandate;
  settings: OfficeSettings;
  posters: Poster;
  guides: GuideTemplate;
}
