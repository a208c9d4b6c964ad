import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../bridge';
import { TextField } from '../../components/Fields';
import { useUi } from '../../store/ui';
import { useCentralErrorText } from './errors';

const toBase64 = (bytes: Uint8Array): string => {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
};

/** A new central office computer takes over the key from its passphrase-protected backup. */
export const RestoreIdentity = ({ onRestored }: { onRestored(): void }) => {
  const { t } = useTranslation('central');
  const notify = useUi((s) => s.notify);
  const errorText = useCentralErrorText();
  const fileId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [pass, setPass] = useState('');
  const [problem, setProblem] = useState<string | undefined>();

  const restore = async () => {
    if (!file) return;
    try {
      await call('central.restoreIdentity', { base64: toBase64(new Uint8Array(await file.arrayBuffer())), passphrase: pass });
      setProblem(undefined);
      notify('success', t('identity.restored'));
      onRestored();
    } catch (err) {
      setProblem(errorText(err));
    }
  };

  return (
    <>
      <h3>{t('identity.restoreTitle')}</h3>
      <p className="hint">{t('identity.restoreExplain')}</p>
      <div className="field">
        <label htmlFor={fileId}>{t('identity.restoreFile')}</label>
        <input id={fileId} type="file" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
      </div>
      <TextField label={t('identity.restorePass')} type="password" value={pass} onChange={setPass} error={problem} autoComplete="off" />
      <div className="actions">
        <button type="button" disabled={!file || !pass} onClick={() => void restore()}>
          {t('identity.restore')}
        </button>
      </div>
    </>
  );
};
