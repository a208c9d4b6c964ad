import { useTranslation } from 'react-i18next';
import { useUi } from '../store/ui';

/**
 * Notices sit in their own bar below the content (never over it). Those given as a key
 * are translated when shown, so they follow a change of language.
 */
export const Notices = () => {
  const { t } = useTranslation();
  const notices = useUi((s) => s.notices);
  const dismiss = useUi((s) => s.dismiss);
  return (
    <section className="notices" aria-label={t('notices')} aria-live="polite">
      {notices.map((n) => (
        <div key={n.id} className={`notice notice-${n.kind}`} role={n.kind === 'error' ? 'alert' : 'status'}>
          <span>{typeof n.text === 'string' ? n.text : t(n.text.key, { ns: n.text.ns ?? 'common', ...n.text.params })}</span>
          <button type="button" onClick={() => dismiss(n.id)} aria-label={t('dismiss')}>
            ×
          </button>
        </div>
      ))}
    </section>
  );
};
