import { useEffect } from 'react';
import { call } from '../bridge';
import { backupNow } from '../store/backup';
import { backupDue } from '../store/backupTime';

/** First check shortly after start-up, then every half hour while the app is open. */
const FIRST_CHECK_MS = 30_000;
const CHECK_EVERY_MS = 30 * 60_000;

/**
 * The scheduled local backup: when one is due (see backupDue), it runs in the background.
 * A failure is kept by main as the backup's last error, shown on the home and Settings
 * screens, and the next check tries again.
 */
export const useAutoBackup = (): void => {
  useEffect(() => {
    const check = () => {
      void call('backup.status', {})
        .then((s) => (backupDue(s, Date.now()) ? backupNow() : undefined))
        .catch(() => undefined);
    };
    const first = window.setTimeout(check, FIRST_CHECK_MS);
    const every = window.setInterval(check, CHECK_EVERY_MS);
    return () => {
      window.clearTimeout(first);
      window.clearInterval(every);
    };
  }, []);
};
