import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { restoreBackup } from '../../store/backup';
import { BridgeFailure } from '../../bridge';
import { Section, SelectField, TextField } from '../../components/Fields';
import { useFormat } from '../../i18n/format';
import { useUi } from '../../store/ui';

/** Settings → restore: a backup file opened with the backup passphrase or the central office's identity. */
export const RestoreSection = () => {
  const { t } = useTranslation('backup');
  const fmt = useFormat();
  const notify = useUi((s) => s.notify);
  const fileId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [mode, setMode] = useState<'passphrase' | 'identity'>('passphrase');
  const [secret, setSecret] = useState('');
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);

  const restore = async () => {
    if (!file) {
      notify('error', t('chooseFile'));
      return;
    }
    setBusy(true);
    setDone(null);
    try {
      const r = await restoreBackup(file, mode === 'passphrase' ? { passphrase: secret } : { identity: secret });
      const message = t('restored', { date: fmt.dateTime(r.createdAt), count: r.records });
      setDone(message);
      setSecret('');
      notify('success', message);
    } catch (err) {
      notify('error', t(`errors.${err instanceof BridgeFailure ? err.code : 'internal'}`, { defaultValue: t('errors.internal', { ns: 'common' }) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Section title={t('restoreTitle')}>
      <p>{t('restoreExplain')}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void restore();
        }}
      >
        <div className="field">
          <label htmlFor={fileId}>{t('restoreFile')}</label>
          <input id={fileId} type="file" accept=".age" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        </div>
        <SelectField
          label={t('restoreWith')}
          value={mode}
          onChange={(v) => setMode(v as 'passphrase' | 'identity')}
          options={[
            { value: 'passphrase', label: t('restorePassphrase') },
            { value: 'identity', label: t('restoreIdentity') },
          ]}
        />
        <TextField
          label={mode === 'passphrase' ? t('restorePassphrase') : t('restoreIdentity')}
          type="password"
          value={secret}
          onChange={setSecret}
          autoComplete="off"
        />
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {busy ? t('restoring') : t('restore')}
          </button>
        </div>
      </form>
      {done && <p role="status">{done}</p>}
    </Section>
  );
};
