import { create } from 'zustand';
import { computeLoads, type PartnerLoad } from '../../../shared/logic/load';
import { PartnerIndex } from '../../../shared/logic/search';
import type { Partner } from '../../../shared/model/partner';
import type { Change } from '../db/records';
import { getServices } from '../db/services';
import { todayIso } from '../i18n/format';

/**
 * The bank held in memory for instant search: 20,000 people are read once from
 * IndexedDB, then the record layer's change feed keeps the index and the loads current,
 * (whoever wrote: a form, an erasure, a bulk import) by applying the rows each write hands
 * over rather than re-reading, so a keystroke never waits on the database and no caller
 * refreshes it by hand.
 */
interface BankState {
  status: 'idle' | 'loading' | 'ready';
  index: PartnerIndex;
  loads: Map<string, PartnerLoad>;
  /** Bumped on each change so queries re-run. */
  version: number;
  ensureLoaded(): Promise<void>;
  reload(): Promise<void>;
  upsert(p: Partner): void;
  upsertMany(rows: readonly Partner[]): void;
  refreshLoads(): Promise<void>;
}

let following = false;
/** Changes heard while the bank is being read: applied to the index the read builds. */
let heardWhileLoading: Change[] = [];

/** People read per IndexedDB request: each page (read and its entries built) is a short task. */
export const READ_PAGE = 4000;

/**
 * Every partner record (tombstones included), read in pages by primary key, the next page
 * asked for before this one's search entries are built: one `getAll` of 20,000 people and
 * the entries built after it were one task of ≈ 250 ms on an old laptop (when the bank
 * screen opened after an import, or at start-up); each page's result now arrives in a task
 * of its own, and IndexedDB reads the next page while the entries are built.
 */
const readPartners = async (): Promise<Partner[]> => {
  const { db } = getServices();
  const page = (after: string | undefined) =>
    (after === undefined ? db.partners.orderBy(':id') : db.partners.where(':id').above(after)).limit(READ_PAGE).toArray();
  const all: Partner[] = [];
  let next = page(undefined);
  for (;;) {
    const rows = await next;
    const more = rows.length === READ_PAGE;
    if (more) next = page((rows[rows.length - 1] as Partner).id);
    PartnerIndex.prepare(rows);
    for (const p of rows) all.push(p);
    if (!more) return all;
  }
};

const readLoads = async (): Promise<Map<string, PartnerLoad>> => {
  const { db } = getServices();
  const [mandates, candidacies, seats] = await Promise.all([db.mandates.toArray(), db.candidacies.toArray(), db.committeeMembers.toArray()]);
  return computeLoads(mandates, candidacies, todayIso(), { seats });
};

/**
 * Every write hands over the rows it wrote (a form, an erasure, a merged bundle, the CSV
 * import's worker once its transaction committed), applied in place; a change told
 * without rows (ids empty) makes the bank read the table again.
 */
const apply = async ({ table, ids, rows, bulk }: Change): Promise<void> => {
  const bank = useBank.getState();
  if (table === 'partners') {
    if (bulk && ids.length === 0) await bank.reload();
    else if (bulk) bank.upsertMany(rows as Partner[]);
    else for (const p of rows) bank.upsert(p as Partner);
  } else if (table === 'mandates' || table === 'candidacies' || table === 'committeeMembers') await bank.refreshLoads();
};

export const useBank = create<BankState>((set, get) => ({
  status: 'idle',
  index: new PartnerIndex(),
  loads: new Map(),
  version: 0,
  async ensureLoaded() {
    if (get().status !== 'idle') return;
    if (!following) {
      following = true;
      getServices().records.onChange(async (change) => {
        const { status } = get();
        if (status === 'idle') return;
        // The read under way may have missed it (its pages are separate transactions).
        if (status === 'loading') heardWhileLoading.push(change);
        else await apply(change);
      });
    }
    await get().reload();
  },
  async reload() {
    set({ status: 'loading' });
    heardWhileLoading = [];
    performance.mark('bank:read');
    const [partners, loads] = await Promise.all([readPartners(), readLoads()]);
    performance.mark('bank:read-done');
    // Shown and searchable by names, places, trajectories and sectors as soon as it is read.
    const index = PartnerIndex.listOnly(partners);
    performance.mark('bank:entries');
    set((s) => ({ status: 'ready', index, loads, version: s.version + 1 }));
    // Applied again on what was read: a row already read is replaced by the same version.
    const heard = heardWhileLoading;
    heardWhileLoading = [];
    for (const change of heard) await apply(change);
    // Not awaited: whoever waits on a reload waits for the list only; notes and shared
    // experiences become searchable a moment later (folded in slices between frames).
    void index.buildFullText().then(() => {
      if (get().index === index) set((s) => ({ version: s.version + 1 }));
    });
  },
  upsert(p) {
    get().index.upsert(p);
    set((s) => ({ version: s.version + 1 }));
  },
  upsertMany(rows) {
    const { index } = get();
    const fullText = index.upsertMany(rows);
    set((s) => ({ version: s.version + 1 }));
    // The list's name order (a sort of the whole bank, ≈ 90 ms at 20,000 on an old laptop)
    // is built in a task of its own, not in the first render of the bank after an import.
    setTimeout(() => {
      if (get().index === index) index.buildNameOrder();
    }, 0);
    void fullText.then(() => {
      if (get().index === index) set((s) => ({ version: s.version + 1 }));
    });
  },
  async refreshLoads() {
    const loads = await readLoads();
    set((s) => ({ loads, version: s.version + 1 }));
  },
}));
