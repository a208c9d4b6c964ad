import { useEffect } from 'react';
import { call } from '../../bridge';
import { getServices } from '../../db/services';
import { exportPending } from './exportPending';

/** How often pending changes are sealed into the outbox while the app is open. */
export const AUTO_EXPORT_EVERY_MS = 5 * 60_000;
/** First run shortly after start-up, once the screens have loaded. */
const FIRST_RUN_MS = 20_000;

/**
 * One automatic pass: when sending is set up, seals what changed since the last bundle,
 * then (when asked, e.g. the network came back) tells the main process to send now.
 * Never throws: a failure shows on the Sync screen's status, and the next pass retries.
 */
export const autoExportOnce = async (sendAfter: boolean): Promise<void> => {
  try {
    const status = await call('sync.status', {});
    if (!status.target || !status.centralKeySet) return;
    await exportPending(getServices(), { onlyIfNew: true });
    if (sendAfter) await call('sync.sendNow', {});
  } catch {
    // Left for the next pass; the Sync screen shows the service's own last error.
  }
};

/**
 * Keeps the outbox filled without the coordinator thinking about it: every few minutes,
 * and at once when the window reports the network is back. Safe to call once from the
 * app shell; work runs in the background and never blocks the interface.
 */
export const useAutoExport = (): void => {
  useEffect(() => {
    let stopped = false;
    let running = false;
    let sendWanted = false;
    const pass = (sendAfter: boolean) => {
      if (stopped) return;
      if (running) {
        // The network came back during a pass: send once it is done.
        sendWanted ||= sendAfter;
        return;
      }
      running = true;
      void autoExportOnce(sendAfter).finally(() => {
        running = false;
        if (sendWanted && !stopped) {
          sendWanted = false;
          void call('sync.sendNow', {}).catch(() => undefined);
        }
      });
    };
    const first = window.setTimeout(() => pass(false), FIRST_RUN_MS);
    const every = window.setInterval(() => pass(false), AUTO_EXPORT_EVERY_MS);
    const onOnline = () => pass(true);
    window.addEventListener('online', onOnline);
    return () => {
      stopped = true;
      window.clearTimeout(first);
      window.clearInterval(every);
      window.removeEventListener('online', onOnline);
    };
  }, []);
};
