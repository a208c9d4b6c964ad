/**
 * Deterministic demo data: a plausible partnership office of the Baie-James territory,
 * for the demo mode, screenshots, tests and benchmarks (20k partners / 200k contacts).
 *
 * Determinism: everything comes from one seeded PRNG consumed in a fixed order, ids are
 * built from it (no `ulid`, no clock), and no Date.now() is read; the same options give
 * byte-identical JSON.
 *
 * Conventions the rest of the app can rely on:
 * - sectors are stored as sector ids from shared/reference (see its header);
 * - Partner.lastContactAt is the latest ContactEntry date of that partner, and
 *   Partner.nextStepAt is the nextStepAt of that latest entry (absent if it has none);
 * - every accepted candidacy has exactly one mandate (closed request → 'ended');
 * - partners with an active mandate are at step 'active', with an in_bank → active event;
 * - stamps increase in output order (partners, contacts, requests, candidacies, mandates)
 *   as if the whole demo had been imported on `today` on device 'demo-device'.
 * - People are invented (see vocab.ts); e-mails use example.org/example.com and phones
 *   the 555-01xx range reserved for fiction.
 */
import type { ContactEntry, Partner } from '../model/partner';
import type { Candidacy, Mandate, PartnerRequest } from '../model/request';
import type { OfficeSettingsFields } from '../model/settings';
import { makeContacts } from './contacts';
import { makeContext } from './context';
import { makeEngagements } from './engagements';
import { makePartners } from './partners';
import { makeRequests } from './requests';
import { stampAll } from './stamps';

export { DEMO_DEVICE_ID } from './context';

/** The day the demonstration bank is generated as of, unless told otherwise. */
export const DEMO_TODAY = '2026-11-23';

export interface DemoOptions {
  seed?: number;
  partners?: number;
  contactsPerPartner?: number;
  requests?: number;
  today?: string;
}

export interface DemoData {
  settings: OfficeSettingsFields;
  partners: Partner[];
  contacts: ContactEntry[];
  requests: PartnerRequest[];
  candidacies: Candidacy[];
  mandates: Mandate[];
}

/** The demonstration office (invented contact details). */
const demoSettings = (): OfficeSettingsFields => ({
  establishment: 'CRSSS de la Baie-James',
  officeName: 'Bureau du partenariat avec les usagers et leurs proches',
  coordinator: 'Geneviève Lapointe',
  phone: '418-555-0100',
  email: 'partenariat@example.org',
  address: 'C.P. 555, Chibougamau (Québec)',
  primaryColor: '#1f5f8b',
  accentColor: '#e07a1f',
  overloadMandates: 3,
  overloadHours: 60,
  followUpMonths: 6,
});

export function generateDemo(opts: DemoOptions = {}): DemoData {
  const seed = opts.seed ?? 1;
  const nPartners = Math.max(0, Math.floor(opts.partners ?? 60));
  const contactsAvg = Math.max(0, opts.contactsPerPartner ?? 3);
  const nRequests = Math.max(0, Math.floor(opts.requests ?? 12));
  const todayIso = opts.today ?? DEMO_TODAY;
  const settings = demoSettings();
  // Each part consumes the one random stream in turn: keep this order.
  const ctx = makeContext(seed, todayIso, settings.coordinator);
  const infos = makePartners(ctx, nPartners);
  const requestMeta = makeRequests(ctx, nRequests);
  const { candidacies, mandates } = makeEngagements(ctx, infos, requestMeta);
  const contacts = makeContacts(ctx, infos, contactsAvg);
  const partners = infos.map((x) => x.p);
  const requests = requestMeta.map((m) => m.r);
  stampAll(ctx.T, [partners, contacts, requests, candidacies, mandates]);
  return { settings, partners, contacts, requests, candidacies, mandates };
}
