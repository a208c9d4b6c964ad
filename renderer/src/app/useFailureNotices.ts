import { useEffect } from 'react';
import { useErrorText } from '../components/useErrorText';
import { useUi } from '../store/ui';

/**
 * Any action that fails without its own handling still tells the coordinator, in her
 * language; what was typed stays in the form.
 */
export const useFailureNotices = () => {
  const errorText = useErrorText();
  const notify = useUi((s) => s.notify);
  useEffect(() => {
    const onRejection = (e: PromiseRejectionEvent) => {
      e.preventDefault();
      notify('error', errorText(e.reason));
    };
    window.addEventListener('unhandledrejection', onRejection);
    return () => window.removeEventListener('unhandledrejection', onRejection);
  }, [notify, errorText]);
};
