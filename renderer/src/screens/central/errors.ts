import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { BridgeFailure } from '../../bridge';

/** Plain words for an error code: this feature's own, else the sync screen's (bundle codes). */
export const useCentralErrorText = (): ((codeOrError: unknown) => string) => {
  const { t } = useTranslation(['central', 'sync']);
  return useCallback(
    (codeOrError: unknown) => {
      const code = typeof codeOrError === 'string' ? codeOrError : codeOrError instanceof BridgeFailure ? codeOrError.code : 'internal';
      return t(`central:errors.${code}`, { defaultValue: t(`sync:errors.${code}`, { defaultValue: t('sync:errors.internal') }) });
    },
    [t],
  );
};
