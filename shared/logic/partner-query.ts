import { z } from 'zod';
import { ConsentKind, Language, Level, PipelineStep, Role } from '../model';

/**
 * What the bank list shows: search text, filters, sort and built-in view. It is stored in
 * saved views and may come back from an older version or another laptop, so it is a
 * schema with defaults: a partial or older query parses into a complete one.
 */

const label = z.string().trim().min(1).max(200);

/**
 * Filters combine with AND across kinds and OR within a kind ("cancer OR mental health,
 * AND speaks English"). Consents are the exception: ticking "contact" and "publication"
 * means people who gave both, which is what a photo or interview campaign needs.
 * Sectors, trajectories and communities match accent- and case-insensitively.
 */
export const PartnerFilters = z.object({
  steps: z.array(PipelineStep).max(20).default([]),
  roles: z.array(Role).max(5).default([]),
  levels: z.array(Level).max(5).default([]),
  sectors: z.array(label).max(50).default([]),
  trajectories: z.array(label).max(50).default([]),
  languages: z.array(Language).max(10).default([]),
  communities: z.array(label).max(50).default([]),
  /** Consents currently given (not expired): all of them required. */
  consents: z.array(ConsentKind).max(3).default([]),
  /** "trained": at least one training recorded; "untrained": none. */
  training: z.enum(['any', 'trained', 'untrained']).default('any'),
  /** Archived and anonymised records are hidden unless asked for. */
  archived: z.enum(['exclude', 'include', 'only']).default('exclude'),
});
export type PartnerFilters = z.infer<typeof PartnerFilters>;

export const PartnerSortKey = z.enum([
  /** Search score when there is text, otherwise falls back to name. */
  'relevance',
  'name',
  'lastContact',
  'nextStep',
  'step',
  'created',
  'activeMandates',
  'hours',
]);
export type PartnerSortKey = z.infer<typeof PartnerSortKey>;

export const PartnerSort = z.object({
  key: PartnerSortKey.default('relevance'),
  dir: z.enum(['asc', 'desc']).default('asc'),
});
export type PartnerSort = z.infer<typeof PartnerSort>;

/** Built-in views; their thresholds come from the office settings at query time. */
export const PartnerView = z.enum(['all', 'follow_up', 'over_solicited']);
export type PartnerView = z.infer<typeof PartnerView>;

/** The longest search text kept (the search box cuts what is typed beyond it). */
export const QUERY_TEXT_MAX = 200;

export const PartnerQuery = z.object({
  text: z.string().max(QUERY_TEXT_MAX).default(''),
  filters: PartnerFilters.prefault({}),
  sort: PartnerSort.prefault({}),
  view: PartnerView.default('all'),
});
export type PartnerQuery = z.infer<typeof PartnerQuery>;
/** What callers may pass: anything omitted takes its default. */
export type PartnerQueryInput = z.input<typeof PartnerQuery>;

export const SavedView = z.object({
  id: z.string().min(1).max(40),
  name: z.string().trim().min(1).max(80),
  query: PartnerQuery,
});
export type SavedView = z.infer<typeof SavedView>;

/** The two views every office has; names are i18n keys, the UI translates them. */
export const builtInViews: readonly SavedView[] = [
  { id: 'builtin:follow_up', name: 'views.followUp', query: PartnerQuery.parse({ view: 'follow_up', sort: { key: 'lastContact', dir: 'asc' } }) },
  {
    id: 'builtin:over_solicited',
    name: 'views.overSolicited',
    query: PartnerQuery.parse({ view: 'over_solicited', sort: { key: 'activeMandates', dir: 'desc' } }),
  },
];
