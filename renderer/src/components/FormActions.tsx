import { useTranslation } from 'react-i18next';
import { shortcutProps } from './shortcuts';

/** The bottom of an edit form: save (submits the form, Ctrl+S) and leave without saving. */
export const FormActions = ({ saveLabel, leaveLabel, onLeave }: { saveLabel: string; leaveLabel: string; onLeave(): void }) => {
  const { t } = useTranslation('keyboard');
  return (
    <div className="actions">
      <button type="submit" className="primary" {...shortcutProps('save', t('withShortcut', { label: saveLabel, keys: t('keys.save') }))}>
        {saveLabel}
      </button>
      <button type="button" onClick={onLeave}>
        {leaveLabel}
      </button>
    </div>
  );
};
