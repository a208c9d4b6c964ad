import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useUi } from '../store/ui';
import { failureCode } from './failureCode';

/**
 * Any action that fails without its own handling still tells the coordinator, in her
 * language; what was typed stays in the form.
 */
export const useFailureNotices = () => {
  const { t } = useTranslation();
  const notify = useUi((s) => s.notify);
  useEffect(() => {
    const onRejection = (e: PromiseRejectionEvent) => {
      e.preventDefault();
      const code = failureCode(e.reason);
      notify('error', t(`errors.${code}`, { defaultValue: t('errors.internal') }));
    };
    window.addEventListener('unhandledrejection', onRejection);
    return () => window.removeEventListener('unhandledrejection', onRejection);
  }, [notify, t]);
};
