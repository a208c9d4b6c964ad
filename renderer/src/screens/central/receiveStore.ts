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

const WEBDAV_POLL_MS = 5 * 60_000;

/**
 * Receiving by itself: once at start (the inbox folder is rescanned), then every five
 * minutes while a WebDAV inbox is set.
 */
export const useReceiveOnStart = (): void => {
  useEffect(() => {
    let timer: number | null = null;
    let alive = true;
    const run = async () => {
      const status = await useReceive.getState().refresh();
      if (!alive || !status || (!status.inbox.folder && !status.inbox.webdav)) return;
      await useReceive.getState().receive();
      if (alive && status.inbox.webdav) timer = window.setTimeout(() => void run(), WEBDAV_POLL_MS);
    };
    void run();
    return () => {
      alive = false;
      if (timer !== null) window.clearTimeout(timer);
    };
  }, []);
};
