import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BackupPassphrase, type BackupStatus } from '../../../../shared/bridge/channels/backup';
import { backupNow } from '../../store/backup';
import { persistence, type Persistence } from '../../store/storagePersistence';
import { BridgeFailure, call } from '../../bridge';
import { BackupStatusLine } from '../../components/BackupStatusLine';
import { Section, SelectField, TextField } from '../../components/Fields';
import { useFormat } from '../../i18n/format';
import { useUi } from '../../store/ui';

type Protection = 'passphrase' | 'central_key';

/** Settings → local backup: where, how it is protected, how many to keep, and "back up now". */
export const BackupSection = () => {
  const { t } = useTranslation('backup');
  const fmt = useFormat();
  const notify = useUi((s) => s.notify);
  const [status, setStatus] = useState<BackupStatus | null>(null);
  const [folder, setFolder] = useState('');
  const [protection, setProtection] = useState<Protection>('passphrase');
  const [passphrase, setPassphrase] = useState('');
  const [keep, setKeep] = useState('5');
  const [interval, setInterval] = useState('24');
  const [invalid, setInvalid] = useState(false);
  const [busy, setBusy] = useState(false);
  const [storage, setStorage] = useState<Persistence | null>(null);

  const fail = useCallback(
    (err: unknown) =>
      notify('error', t(`errors.${err instanceof BridgeFailure ? err.code : 'internal'}`, { defaultValue: t('errors.internal', { ns: 'common' }) })),
    [notify, t],
  );

  useEffect(() => {
    void call('backup.status', {}).then((s) => {
      setStatus(s);
      setFolder(s.folder ?? '');
      setProtection(s.protection ?? 'passphrase');
      setKeep(String(s.keep));
      setInterval(String(s.intervalHours));
    }, fail);
    void persistence().then(setStorage);
  }, [fail]);

  const save = async () => {
    const needPass = protection === 'passphrase' && !(status?.passphraseSet && passphrase === '');
    const ok =
      folder.trim() !== '' && (!needPass || BackupPassphrase.safeParse(passphrase).success) && Number(keep) >= 1 && Number(keep) <= 50 && Number(interval) >= 1;
    setInvalid(!ok);
    if (!ok) return;
    try {
      const s = await call('backup.configure', {
        folder: folder.trim(),
        protection,
        ...(passphrase ? { passphrase } : {}),
        keep: Number(keep),
        intervalHours: Number(interval),
      });
      setStatus(s);
      setPassphrase('');
      notify('success', t('saved'));
    } catch (err) {
      fail(err);
    }
  };

  const runNow = async () => {
    setBusy(true);
    try {
      setStatus(await backupNow());
      notify('success', t('done'));
    } catch (err) {
      fail(err);
      void call('backup.status', {}).then(setStatus, () => undefined);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Section title={t('title')}>
      <p>{t('explain')}</p>
      <BackupStatusLine status={status} />
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        {/* Disabled until the saved settings are loaded, so nothing typed is overwritten by them. */}
        <fieldset disabled={!status} className="plain">
          <TextField label={t('folder')} value={folder} onChange={setFolder} error={invalid && !folder.trim() ? t('invalid') : undefined} />
          <SelectField
            label={t('protection')}
            value={protection}
            onChange={(v) => setProtection(v as Protection)}
            options={[
              { value: 'passphrase', label: t('byPassphrase') },
              { value: 'central_key', label: t('byCentralKey') },
            ]}
          />
          {protection === 'passphrase' && (
            <TextField
              label={t('passphrase')}
              type="password"
              value={passphrase}
              onChange={setPassphrase}
              autoComplete="new-password"
              hint={status?.passphraseSet ? t('passphraseKept') : t('passphraseHint')}
              error={invalid && passphrase !== '' && !BackupPassphrase.safeParse(passphrase).success ? t('invalid') : undefined}
            />
          )}
          <TextField label={t('keep')} type="number" value={keep} onChange={setKeep} />
          <TextField label={t('interval')} type="number" value={interval} onChange={setInterval} />
          {invalid && (
            <p className="field-error" role="alert">
              {t('invalid')}
            </p>
          )}
          <div className="actions">
            <button type="submit">{t('saveSettings')}</button>
            <button type="button" className="primary" disabled={busy || !status?.folder} onClick={() => void runNow()}>
              {busy ? t('running') : t('now')}
            </button>
          </div>
        </fieldset>
      </form>
      <h3>{t('files')}</h3>
      {status?.files.length ? (
        <ul aria-label={t('files')}>
          {status.files.map((f) => (
            <li key={f.name} title={f.name}>
              {t('fileLine', { date: fmt.dateTime(f.createdAt), size: fmt.bytes(f.bytes) })}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('noFiles')}</p>
      )}
      {storage && storage !== 'desktop' && (
        <>
          <h3>{t('storageTitle')}</h3>
          <p role="status">{t(storage === 'granted' ? 'storageGranted' : storage === 'denied' ? 'storageDenied' : 'storageUnknown')}</p>
        </>
      )}
    </Section>
  );
};
