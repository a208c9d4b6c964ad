import { create } from 'zustand';
import { computeLoads, type PartnerLoad } from '../../../shared/logic/load';
import { PartnerIndex } from '../../../shared/logic/search';
import type { Partner } from '../../../shared/model/partner';
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

const readLoads = async (): Promise<Map<string, PartnerLoad>> => {
  const { db } = getServices();
  const [mandates, candidacies, seats] = await Promise.all([db.mandates.toArray(), db.candidacies.toArray(), db.committeeMembers.toArray()]);
  return computeLoads(mandates, candidacies, todayIso(), { seats });
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
      getServices().records.onChange(async ({ table, ids, rows, bulk }) => {
        if (get().status === 'idle') return;
        if (table === 'partners') {
          // A write committed by another connection (the CSV import's worker) says only
          // "partners changed": read them again. Every other write (a form, an erasure, a
          // merged bundle) hands over the rows it wrote, applied in place.
          if (bulk && ids.length === 0) await get().reload();
          else if (bulk) get().upsertMany(rows as Partner[]);
          else for (const p of rows) get().upsert(p as Partner);
        } else if (table === 'mandates' || table === 'candidacies' || table === 'committeeMembers') await get().refreshLoads();
      });
    }
    await get().reload();
  },
  async reload() {
    set({ status: 'loading' });
    const { db } = getServices();
    performance.mark('bank:read');
    const [partners, loads] = await Promise.all([db.partners.toArray(), readLoads()]);
    performance.mark('bank:read-done');
    // Shown and searchable by names, places, trajectories and sectors as soon as it is read.
    const index = PartnerIndex.listOnly(partners);
    performance.mark('bank:entries');
    set((s) => ({ status: 'ready', index, loads, version: s.version + 1 }));
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
    void fullText.then(() => {
      if (get().index === index) set((s) => ({ version: s.version + 1 }));
    });
  },
  async refreshLoads() {
    const loads = await readLoads();
    set((s) => ({ loads, version: s.version + 1 }));
  },
}));
