/**
 * Browser mode keeps the bank in the browser's IndexedDB, which a browser may clear under
 * storage pressure unless the site has persistent storage. Asked once at start-up; the
 * desktop app's storage is its own and needs no asking.
 */
export type Persistence = 'granted' | 'denied' | 'unknown' | 'desktop';

export const inBrowserMode = (): boolean => window.relais === undefined;

export const requestPersistentStorage = async (): Promise<Persistence> => {
  if (!inBrowserMode()) return 'desktop';
  if (!navigator.storage?.persist) return 'unknown';
  try {
    return (await navigator.storage.persisted()) || (await navigator.storage.persist()) ? 'granted' : 'denied';
  } catch {
    return 'unknown';
  }
};

export const persistence = async (): Promise<Persistence> => {
  if (!inBrowserMode()) return 'desktop';
  if (!navigator.storage?.persisted) return 'unknown';
  try {
    return (await navigator.storage.persisted()) ? 'granted' : 'denied';
  } catch {
    return 'unknown';
  }
};
