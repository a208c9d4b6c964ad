import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CentralStatus } from '../../../../shared/bridge/channels/central';
import { PUBLIC_KEY_FILE_NAME, publicKeyFileText } from '../../../../shared/sync/public-key-file';
import { call } from '../../bridge';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Section, TextField } from '../../components/Fields';
import { saveFile, textToBase64 } from '../../files';
import { useUi } from '../../store/ui';
import { useCentralErrorText } from './errors';
import { QrCode } from './QrCode';
import { RestoreIdentity } from './RestoreIdentity';

/** Central mode: the key pair, its public half to hand out, and the backup of the private half. */
export const IdentitySection = ({ status, onChanged }: { status: CentralStatus; onChanged(): void }) => {
  const { t } = useTranslation('central');
  const notify = useUi((s) => s.notify);
  const errorText = useCentralErrorText();
  const [pass, setPass] = useState('');
  const [again, setAgain] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);

  const enable = async () => {
    setConfirming(false);
    setBusy(true);
    try {
      await call('central.enable', {});
      notify('success', t('identity.enabled'));
      onChanged();
    } catch (err) {
      notify('error', errorText(err));
    } finally {
      setBusy(false);
    }
  };

  if (!status.identity)
    return (
      <Section title={t('identity.title')}>
        <p>{t('identity.laptopMode')}</p>
        <div className="actions">
          <button type="button" className="primary" disabled={busy} onClick={() => setConfirming(true)}>
            {t('identity.enable')}
          </button>
        </div>
        <p className="hint">{t('identity.enableHint')}</p>
        <ConfirmDialog
          open={confirming}
          title={t('identity.confirmTitle')}
          body={t('identity.confirmBody')}
          confirmLabel={t('identity.confirm')}
          onConfirm={() => void enable()}
          onCancel={() => setConfirming(false)}
        />
        <RestoreIdentity onRestored={onChanged} />
      </Section>
    );

  const key = status.identity;
  const backup = async () => {
    if (pass.length < 12) return setProblem(t('identity.passTooShort'));
    if (pass !== again) return setProblem(t('identity.passMismatch'));
    setProblem(undefined);
    try {
      const file = await call('central.backupIdentity', { passphrase: pass });
      if (await saveFile(file.fileName, 'application/octet-stream', file.base64)) notify('success', t('identity.backedUp'));
      setPass('');
      setAgain('');
    } catch (err) {
      notify('error', errorText(err));
    }
  };

  return (
    <Section title={t('identity.title')}>
      <p>{t('identity.centralMode')}</p>
      <dl className="key-info">
        <dt>{t('identity.publicKey')}</dt>
        <dd>
          <code>{key.recipient}</code>
        </dd>
        <dt>{t('identity.fingerprint')}</dt>
        <dd>
          <code>{key.fingerprint}</code>
        </dd>
      </dl>
      <QrCode text={key.recipient} label={t('identity.qr')} />
      <div className="actions">
        <button type="button" onClick={() => void saveFile(PUBLIC_KEY_FILE_NAME, 'text/plain', textToBase64(publicKeyFileText(key)))}>
          {t('identity.exportPublic')}
        </button>
      </div>
      <h3>{t('identity.backupTitle')}</h3>
      <p className="notice notice-error" role="note">
        {t('identity.backupWarning')}
      </p>
      {!status.protectedAtRest && <p className="hint">{t('identity.notProtected')}</p>}
      <TextField label={t('identity.passphrase')} type="password" value={pass} onChange={setPass} hint={t('identity.passHint')} autoComplete="new-password" />
      <TextField label={t('identity.passphraseAgain')} type="password" value={again} onChange={setAgain} error={problem} autoComplete="new-password" />
      <div className="actions">
        <button type="button" onClick={() => void backup()}>
          {t('identity.backup')}
        </button>
      </div>
    </Section>
  );
};
