import { useTranslation } from 'react-i18next';
import { useUi } from '../store/ui';

export const Notices = () => {
  const { t } = useTranslation();
  const notices = useUi((s) => s.notices);
  const dismiss = useUi((s) => s.dismiss);
  return (
    <div className="notices" aria-live="polite">
      {notices.map((n) => (
        <div key={n.id} className={`notice notice-${n.kind}`} role={n.kind === 'error' ? 'alert' : 'status'}>
          <span>{n.text}</span>
          <button type="button" onClick={() => dismiss(n.id)} aria-label={t('dismiss')}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
};
