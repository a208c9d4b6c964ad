import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CentralStatus } from '../../../../shared/bridge/channels/central';
import { webdavUrlProblem } from '../../../../shared/sync/webdav-url';
import { call } from '../../bridge';
import { Section, TextField } from '../../components/Fields';
import { useUi } from '../../store/ui';
import { useCentralErrorText } from './errors';

/** Where bundles arrive: a folder (USB key, share) and/or a WebDAV inbox. */
export const InboxSection = ({ status, onSaved }: { status: CentralStatus; onSaved(): void }) => {
  const { t } = useTranslation('central');
  // The CA file means the same as for the laptops' sync destination: the same words.
  const { t: ts } = useTranslation('sync');
  const notify = useUi((s) => s.notify);
  const errorText = useCentralErrorText();
  const [folder, setFolder] = useState(status.inbox.folder ?? '');
  const [url, setUrl] = useState(status.inbox.webdav?.url ?? '');
  const [user, setUser] = useState(status.inbox.webdav?.username ?? '');
  const [password, setPassword] = useState('');
  const [caFile, setCaFile] = useState(status.inbox.webdav?.caFile ?? '');
  const [urlError, setUrlError] = useState<string | undefined>();
  const saved = JSON.stringify(status.inbox);
  useEffect(() => {
    const inbox = JSON.parse(saved) as CentralStatus['inbox'];
    setFolder(inbox.folder ?? '');
    setUrl(inbox.webdav?.url ?? '');
    setUser(inbox.webdav?.username ?? '');
    setCaFile(inbox.webdav?.caFile ?? '');
  }, [saved]);

  const save = async () => {
    const problem = url.trim() ? webdavUrlProblem(url) : null;
    if (problem) return setUrlError(t(`inbox.urlProblems.${problem}`));
    setUrlError(undefined);
    try {
      await call('central.configureInbox', {
        folder: folder.trim() || null,
        webdav: url.trim() ? { url: url.trim(), username: user, caFile: caFile.trim() || null, ...(password ? { password } : {}) } : null,
      });
      setPassword('');
      notify('success', t('inbox.saved'));
      onSaved();
    } catch (err) {
      notify('error', errorText(err));
    }
  };

  return (
    <Section title={t('inbox.title')}>
      <p>{t('inbox.explain')}</p>
      <TextField label={t('inbox.folder')} value={folder} onChange={setFolder} hint={t('inbox.folderHint')} />
      <TextField label={t('inbox.url')} type="url" value={url} onChange={setUrl} error={urlError} hint={t('inbox.urlHint')} />
      <TextField label={t('inbox.username')} value={user} onChange={setUser} autoComplete="username" />
      <TextField
        label={t('inbox.password')}
        type="password"
        value={password}
        onChange={setPassword}
        hint={t('inbox.passwordHint')}
        autoComplete="current-password"
      />
      <TextField label={ts('target.caFile')} value={caFile} onChange={setCaFile} hint={ts('target.caFileHint')} />
      <div className="actions">
        <button type="button" onClick={() => void save()}>
          {t('inbox.save')}
        </button>
      </div>
    </Section>
  );
};
