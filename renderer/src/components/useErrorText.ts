import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { failureMessage } from '../failure';

/**
 * Plain-language text for an error or an error code, from a namespace that has
 * `errors.<code>` (common has the general ones, sync has every bridge code).
 */
export const useErrorText = (ns: 'common' | 'sync' = 'common'): ((reason: unknown) => string) => {
  const { t } = useTranslation(ns);
  return useCallback((reason: unknown) => failureMessage(t, reason), [t]);
};
