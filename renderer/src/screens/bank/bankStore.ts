import { create } from 'zustand';
import { computeLoads, type PartnerLoad } from '../../../../shared/logic/load';
import { PartnerIndex } from '../../../../shared/logic/search';
import type { Partner } from '../../../../shared/model/partner';
import { getServices } from '../../app/services';
import { todayIso } from '../../i18n/format';

/**
 * The bank held in memory for instant search: 20,000 people are read once from
 * IndexedDB, then every change made through the bank's actions updates the index, so a
 * keystroke never waits on the database.
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
  refreshLoads(): Promise<void>;
}

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
    // Bulk writes elsewhere (demo data, CSV import) bypass the bank's actions: catch up after them.
    getServices().records.onBulkSave(async (table) => {
      if (get().status === 'idle') return;
      if (table === 'partners') await get().reload();
      else if (table === 'mandates' || table === 'candidacies' || table === 'committeeMembers') await get().refreshLoads();
    });
    await get().reload();
  },
  async reload() {
    set({ status: 'loading' });
    const { db } = getServices();
    const [partners, loads] = await Promise.all([db.partners.toArray(), readLoads()]);
    // Built in chunks so a large bank does not freeze the window while it loads.
    const index = await PartnerIndex.create(partners);
    set((s) => ({ status: 'ready', index, loads, version: s.version + 1 }));
  },
  upsert(p) {
    get().index.upsert(p);
    set((s) => ({ version: s.version + 1 }));
  },
  async refreshLoads() {
    const loads = await readLoads();
    set((s) => ({ loads, version: s.version + 1 }));
  },
}));
