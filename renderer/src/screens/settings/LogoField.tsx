import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OfficeLogo } from '../../../../shared/model/settings';
import { LOGO_MAX_FILE_BYTES } from '../../../../shared/printables/logo';
import { readLogo } from './readLogo';

/**
 * Picks the office's logo. A refused file leaves the current logo untouched and says why
 * in words; the pick only becomes the office's logo when the settings are saved.
 */
export const LogoField = ({ logo, onChange }: { logo: OfficeLogo | undefined; onChange(logo: OfficeLogo | undefined): void }) => {
  const { t } = useTranslation('settings');
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<{ kind: 'error' | 'info'; text: string }>();
  const [busy, setBusy] = useState(false);

  const pick = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    try {
      const r = await readLogo(file);
      if (!r.ok) {
        setMessage({ kind: 'error', text: t(`logo.refused.${r.reason}`, { max: Math.round(LOGO_MAX_FILE_BYTES / 1024 / 1024) }) });
        return;
      }
      onChange(r.logo);
      setMessage({ kind: 'info', text: r.scaled ? t('logo.scaled', { width: r.logo.width, height: r.logo.height }) : t('logo.ready') });
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  };

  return (
    <div className="field logo-field">
      <label htmlFor={id}>{t('logo.label')}</label>
      <span id={`${id}-hint`} className="hint">
        {t('logo.hint', { max: Math.round(LOGO_MAX_FILE_BYTES / 1024 / 1024) })}
      </span>
      <input
        ref={input}
        id={id}
        type="file"
        accept="image/png,image/jpeg,image/svg+xml,.png,.jpg,.jpeg,.svg"
        aria-describedby={`${id}-hint${message ? ` ${id}-msg` : ''}`}
        disabled={busy}
        onChange={(e) => void pick(e.target.files?.[0])}
      />
      {message && (
        <span id={`${id}-msg`} className={message.kind === 'error' ? 'field-error' : 'hint'} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </span>
      )}
      {logo && (
        <div className="logo-preview">
          <img src={`data:${logo.mime};base64,${logo.base64}`} alt={t('logo.current')} />
          <button
            type="button"
            onClick={() => {
              onChange(undefined);
              setMessage(undefined);
            }}
          >
            {t('logo.remove')}
          </button>
        </div>
      )}
    </div>
  );
};
