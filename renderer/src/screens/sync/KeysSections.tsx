import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../../../shared/bridge/contract';
import { call } from '../../bridge';
import { Section, TextField } from '../../components/Fields';
import { saveFile, textToBase64 } from '../../files';
import { useUi } from '../../store/ui';
import { useErrorText } from '../../components/useErrorText';

type Keys = ChannelOutput<'sync.keys'>;
type KeyInfo = NonNullable<Keys['central']>;

const keyStyle = { wordBreak: 'break-all', fontSize: '0.9rem' } as const;
const fingerprintStyle = { fontSize: '1.25rem', fontWeight: 700, letterSpacing: '0.04em' } as const;

const KeyShown = ({ title, info }: { title: string; info: KeyInfo }) => {
  const { t } = useTranslation('sync');
  return (
    <dl>
      <dt>{title}</dt>
      <dd>
        <code style={keyStyle}>{info.recipient}</code>
      </dd>
      <dt>{t('central.fingerprint')}</dt>
      <dd style={fingerprintStyle}>{info.fingerprint}</dd>
    </dl>
  );
};

const CentralKey = ({ keys, onKeys }: { keys: Keys | null; onKeys(): void }) => {
  const { t } = useTranslation('sync');
  const notify = useUi((s) => s.notify);
  const errorText = useErrorText('sync');
  const fileId = useId();
  const [pasted, setPasted] = useState('');
  const [escrow, setEscrow] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const submit = async (recipient: string) => {
    if (!recipient.trim()) {
      setError(t('central.empty'));
      return;
    }
    setBusy(true);
    try {
      await call('sync.setCentralKey', { recipient, escrow: escrow.trim() ? escrow : null });
      setError(undefined);
      setPasted('');
      notify('success', { key: 'central.saved', ns: 'sync' });
      onKeys();
    } catch (err) {
      // The key already saved stays: the main process saves nothing it refused.
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Section title={t('central.title')}>
      <p>{t('central.explain')}</p>
      {keys?.central ? (
        <>
          <KeyShown title={t('central.current')} info={keys.central} />
          <p className="hint">{t('central.confirmByPhone')}</p>
        </>
      ) : (
        <p className="muted">{t('central.none')}</p>
      )}
      {keys?.escrow && <KeyShown title={t('central.escrowCurrent')} info={keys.escrow} />}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit(pasted);
        }}
      >
        <TextField label={t('central.paste')} value={pasted} onChange={setPasted} multiline error={error} />
        <div className="field">
          <label htmlFor={fileId}>{t('central.file')}</label>
          <input
            id={fileId}
            type="file"
            accept=".txt,.pub,.age,text/plain"
            disabled={busy}
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              // The file's text goes straight to the main process, never on screen: a
              // wrong file could hold a private key.
              if (file) void file.text().then(submit, () => setError(errorText('invalid_public_key')));
            }}
          />
        </div>
        <TextField label={t('central.escrow')} hint={t('central.escrowHint')} value={escrow} onChange={setEscrow} />
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {t('central.save')}
          </button>
        </div>
      </form>
    </Section>
  );
};

const DeviceKey = ({ keys }: { keys: Keys | null }) => {
  const { t } = useTranslation('sync');
  const notify = useUi((s) => s.notify);
  const errorText = useErrorText('sync');
  if (!keys) return null;
  const { device } = keys;
  const exportKey = async () => {
    try {
      const name = `relais-cle-appareil-${device.fingerprint.slice(0, 9)}.txt`;
      if (await saveFile(name, 'application/octet-stream', textToBase64(device.exportText))) notify('success', { key: 'device.exported', ns: 'sync' });
    } catch (err) {
      notify('error', errorText(err));
    }
  };
  return (
    <Section title={t('device.title')}>
      {!keys.protectedAtRest && (
        <p className="notice notice-error" role="note">
          {t('device.atRestWarning')}
        </p>
      )}
      <p>{t('device.explain')}</p>
      <dl>
        <dt>{t('device.publicKey')}</dt>
        <dd>
          <code style={keyStyle}>{device.publicKey}</code>
        </dd>
        <dt>{t('device.fingerprint')}</dt>
        <dd style={fingerprintStyle}>{device.fingerprint}</dd>
      </dl>
      <div className="actions">
        <button type="button" onClick={() => void exportKey()}>
          {t('device.export')}
        </button>
      </div>
    </Section>
  );
};

/** The central office's key (to encrypt for) and this laptop's signing key (to sign with). */
export const KeysSections = ({ onSaved }: { onSaved(): void }) => {
  const notify = useUi((s) => s.notify);
  const errorText = useErrorText('sync');
  const [keys, setKeys] = useState<Keys | null>(null);

  const load = useCallback(async () => {
    try {
      setKeys(await call('sync.keys', {}));
    } catch (err) {
      notify('error', errorText(err));
    }
  }, [notify, errorText]);

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <>
      <CentralKey
        keys={keys}
        onKeys={() => {
          void load();
          onSaved();
        }}
      />
      <DeviceKey keys={keys} />
    </>
  );
};
