import { useEffect } from 'react';
import { create } from 'zustand';
import type { CentralStatus } from '../../../../shared/bridge/channels/central';
import { BridgeFailure, call } from '../../bridge';
import { getServices } from '../../db/services';
import { receiveAll, type ReceiveProgress, type ReceiveReport } from './receiveLoop';

interface ReceiveState {
  status: CentralStatus | null;
  running: boolean;
  progress: ReceiveProgress | null;
  report: ReceiveReport | null;
  error: string | null;
  refresh(): Promise<CentralStatus | null>;
  /** One run at a time: a second request while one runs waits for it. */
  receive(): Promise<ReceiveReport | null>;
}

let current: Promise<ReceiveReport | null> | null = null;
/** Asked again while a run was going (an approval mid-run): its bundles may have been held by it. */
let again = false;

export const useReceive = create<ReceiveState>((set, get) => ({
  status: null,
  running: false,
  progress: null,
  report: null,
  error: null,
  async refresh() {
    try {
      const status = await call('central.status', {});
      set({ status });
      return status;
    } catch (err) {
      set({ error: err instanceof BridgeFailure ? err.code : 'internal' });
      return null;
    }
  },
  receive() {
    if (current) {
      again = true;
      return current;
    }
    current = (async () => {
      set({ running: true, progress: null, error: null });
      try {
        const status = get().status ?? (await get().refresh());
        const { db, records } = getServices();
        const report = await receiveAll({
          db,
          call,
          central: status?.mode === 'central',
          onProgress: (progress) => set({ progress }),
          announce: (t, rows) => records.announceMerged(t, rows),
        });
        set({ report });
        return report;
      } catch (err) {
        set({ error: err instanceof BridgeFailure ? err.code : 'internal' });
        return null;
      } finally {
        set({ running: false, progress: null });
        current = null;
        await get().refresh();
        if (again) {
          again = false;
          void get().receive();
        }
      }
    })();
    return current;
  },
}));

export const WEBDAV_POLL_MS = 5 * 60_000;

/**
 * Receiving by itself: once at start (the inbox folder is rescanned), then every five
 * minutes while a WebDAV inbox is set. The store's status is watched, so a link saved
 * later (the inbox form refreshes the status) starts the polling without a restart, and
 * a link removed stops it. Returns the stop function.
 */
export const keepReceiving = (store: typeof useReceive = useReceive, pollMs = WEBDAV_POLL_MS): (() => void) => {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let alive = true;
  /** While a run goes, the next poll is set when it ends (five minutes after, not during). */
  let running = false;
  const schedule = (status: CentralStatus | null) => {
    if (!alive || running || timer !== null || !status?.inbox.webdav) return;
    timer = setTimeout(() => {
      timer = null;
      void run();
    }, pollMs);
  };
  const stop = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  const run = async () => {
    running = true;
    try {
      const status = await store.getState().refresh();
      if (alive && status && (status.inbox.folder || status.inbox.webdav)) await store.getState().receive();
    } finally {
      running = false;
    }
    schedule(store.getState().status);
  };
  const unsubscribe = store.subscribe((s) => (s.status?.inbox.webdav ? schedule(s.status) : stop()));
  void run();
  return () => {
    alive = false;
    unsubscribe();
    stop();
  };
};

export const useReceiveOnStart = (): void => {
  useEffect(() => keepReceiving(), []);
};
