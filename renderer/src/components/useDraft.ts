import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { getServices } from '../db/services';
import { useUi } from '../store/ui';

/**
 * Keeps what a form holds in the drafts table while it is being typed, so a crash, an
 * empty battery or a click elsewhere loses nothing; the draft comes back when the form
 * reopens. `markTouched` starts the saving (opening a form is not a change); `clear`
 * drops the draft once the record itself is saved or the coordinator discards it.
 */
export const useDraft = <T>(key: string, value: T, restore: (v: T) => void) => {
  const { t } = useTranslation();
  const notify = useUi((s) => s.notify);
  const touched = useRef(false);
  const restored = useRef(false);
  const restoreRef = useRef(restore);
  restoreRef.current = restore;

  useEffect(() => {
    void getServices()
      .db.drafts.get(key)
      .then((d) => {
        if (d && !restored.current) {
          restored.current = true;
          restoreRef.current(d.value as T);
          notify('info', { key: 'draftRestored', ns: 'common' });
        }
      });
  }, [key, notify, t]);

  useEffect(() => {
    if (!touched.current) return;
    const timer = setTimeout(() => {
      void getServices().db.drafts.put({ key, value, savedAt: new Date().toISOString() });
    }, 300);
    return () => clearTimeout(timer);
  }, [key, value]);

  return {
    markTouched: useCallback(() => {
      touched.current = true;
    }, []),
    /** Stores the draft now (e.g. when a save is refused). */
    keep: useCallback(() => getServices().db.drafts.put({ key, value, savedAt: new Date().toISOString() }), [key, value]),
    clear: useCallback(() => getServices().db.drafts.delete(key), [key]),
  };
};
