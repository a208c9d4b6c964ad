import type { Dexie } from 'dexie';

/**
 * The numbered schema, in one place. Each version lists only what changed; an upgrade
 * function migrates data. Never edit a released version: add the next one.
 *
 * v1 — the spine: partners, contact log, settings, device metadata.
 * v2 — requests, candidacies, mandates, saved views, form drafts; partners gain derived
 *      lastContactAt / nextStepAt indexes, computed here from the contact log.
 * v3 — partners record every language they speak (`languages`, multi-entry index for the
 *      filters); existing partners get their one language as the list.
 * v5 — printables: recruitment posters and the office's edited guide templates (new
 *      tables, no data changes).
 * v8 — yearReports: the coordinator's words per year (annual report highlights and
 *      challenges, provincial portrait answers). A new table only; no data to migrate.
 *      (Version numbers are assigned per feature, so they skip.)
 */
export const SCHEMA_VERSION = 8;

export const v1Stores = {
  partners: 'id, stamp, step, lastName, updatedAt',
  contacts: 'id, stamp, partnerId, date',
  settings: 'id, stamp',
  meta: 'key',
};

export const v2Stores = {
  partners: 'id, stamp, step, lastName, updatedAt, lastContactAt, nextStepAt',
  requests: 'id, stamp, status, receivedAt',
  candidacies: 'id, stamp, requestId, partnerId, &[requestId+partnerId]',
  mandates: 'id, stamp, requestId, partnerId, status',
  views: 'id',
  drafts: 'key',
};

export const v8Stores = {
  yearReports: 'id, stamp, year',
};

interface ContactRow {
  partnerId: string;
  date: string;
  nextStepAt?: string;
  deleted?: 1;
}

/** v1 → v2: the last contact date becomes derived data kept on the partner. */
const deriveContactDates = async (tx: { table(name: string): Dexie['tables'][number] }) => {
  const latest = new Map<string, { last: string; next?: string }>();
  await tx.table('contacts').each((c: ContactRow) => {
    if (c.deleted) return;
    const cur = latest.get(c.partnerId);
    if (!cur || c.date > cur.last) latest.set(c.partnerId, { last: c.date, next: c.nextStepAt });
  });
  await tx
    .table('partners')
    .toCollection()
    .modify((p: { id: string; lastContactAt?: string; nextStepAt?: string }) => {
      const d = latest.get(p.id);
      if (!d) return;
      p.lastContactAt = d.last;
      if (d.next) p.nextStepAt = d.next;
    });
};

export const v3Stores = {
  partners: 'id, stamp, step, lastName, updatedAt, lastContactAt, nextStepAt, *languages',
};

/** v2 → v3: the single language becomes the first (preferred) of the spoken languages. */
const languagesFromLanguage = async (tx: { table(name: string): Dexie['tables'][number] }) => {
  await tx
    .table('partners')
    .toCollection()
    .modify((p: { language?: string; languages?: string[]; deleted?: 1 }) => {
      if (p.deleted || Array.isArray(p.languages)) return;
      p.languages = p.language ? [p.language] : [];
    });
};

export const v5Stores = {
  posters: 'id, stamp, updatedAt',
  guides: 'id, stamp, guide',
};

export const declareSchema = (db: Dexie): void => {
  db.version(1).stores(v1Stores);
  db.version(2).stores(v2Stores).upgrade(deriveContactDates);
  db.version(3).stores(v3Stores).upgrade(languagesFromLanguage);
  db.version(5).stores(v5Stores);
  db.version(8).stores(v8Stores);
};
