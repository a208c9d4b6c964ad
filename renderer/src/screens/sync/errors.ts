import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { BridgeFailure } from '../../bridge';

export const codeOf = (err: unknown): string => (err instanceof BridgeFailure ? err.code : 'internal');

/** Plain-language text for an error code, from the sync namespace (every bridge code has one). */
export const useSyncErrorText = (): ((codeOrError: unknown) => string) => {
  const { t } = useTranslation('sync');
  return useCallback(
    (codeOrError: unknown) => {
      const code = typeof codeOrError === 'string' ? codeOrError : codeOf(codeOrError);
      return t(`errors.${code}`, { defaultValue: t('errors.internal') });
    },
    [t],
  );
};
