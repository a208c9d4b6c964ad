import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncTarget } from '../../../../shared/bridge/channels/sync';
import type { ChannelInput } from '../../../../shared/bridge/contract';
import { call } from '../../bridge';
import { Section, TextField } from '../../components/Fields';
import { useUi } from '../../store/ui';
import { webdavUrlProblem } from '../../../../shared/sync/webdav-url';
import { useErrorText } from '../../components/useErrorText';

type Kind = 'none' | 'folder' | 'webdav';

interface Form {
  kind: Kind;
  path: string;
  url: string;
  username: string;
  password: string;
  caFile: string;
}

const EMPTY: Form = { kind: 'none', path: '', url: '', username: '', password: '', caFile: '' };

const fromTarget = (target: SyncTarget | null): Form =>
  !target
    ? EMPTY
    : target.kind === 'folder'
      ? { ...EMPTY, kind: 'folder', path: target.path }
      : { ...EMPTY, kind: 'webdav', url: target.url, username: target.username, caFile: target.caFile ?? '' };

/** Same place as what is saved (a typed password always counts as a change). */
const sameAsSaved = (form: Form, saved: SyncTarget | null): boolean => {
  if (!saved) return form.kind === 'none';
  if (saved.kind === 'folder') return form.kind === 'folder' && form.path.trim() === saved.path;
  return (
    form.kind === 'webdav' &&
    form.url.trim() === saved.url &&
    form.username.trim() === saved.username &&
    form.password === '' &&
    form.caFile.trim() === (saved.caFile ?? '')
  );
};

/** Where bundles go: a folder (USB key, network share) or a WebDAV server. */
export const TargetSection = ({ saved, loaded, onSaved }: { saved: SyncTarget | null; loaded: boolean; onSaved(): void }) => {
  const { t } = useTranslation('sync');
  const notify = useUi((s) => s.notify);
  const errorText = useErrorText('sync');
  const [form, setForm] = useState<Form>(EMPTY);
  const [errors, setErrors] = useState<{ path?: string; url?: string }>({});
  const [busy, setBusy] = useState(false);
  const filled = useRef(false);
  // The CA file setting is for browser mode; the desktop app trusts what the system trusts.
  const [browserMode, setBrowserMode] = useState(false);
  useEffect(() => {
    void call('app.info', {}).then(
      (info) => setBrowserMode(info.shell === 'web'),
      () => undefined,
    );
  }, []);

  // Fill the form once from what the main process has saved.
  useEffect(() => {
    if (!loaded || filled.current) return;
    filled.current = true;
    setForm(fromTarget(saved));
  }, [loaded, saved]);

  const set = (k: keyof Form) => (v: string) => setForm((f) => ({ ...f, [k]: v }));

  const request = (): ChannelInput<'sync.configureTarget'> | null => {
    if (form.kind === 'none') return { kind: 'none' };
    if (form.kind === 'folder') {
      if (!form.path.trim()) {
        setErrors({ path: t('target.missingPath') });
        return null;
      }
      return { kind: 'folder', path: form.path.trim() };
    }
    const problem = webdavUrlProblem(form.url);
    if (problem) {
      setErrors({ url: t(`target.url_${problem}`) });
      return null;
    }
    const keepPassword = form.password === '' && saved?.kind === 'webdav';
    return {
      kind: 'webdav',
      url: form.url.trim(),
      username: form.username.trim(),
      caFile: form.caFile.trim() || null,
      ...(keepPassword ? {} : { password: form.password }),
    };
  };

  /** Saves the form; true when saved. */
  const save = async (quiet = false): Promise<boolean> => {
    const input = request();
    if (!input) return false;
    setErrors({});
    try {
      await call('sync.configureTarget', input);
      setForm((f) => ({ ...f, password: '' }));
      if (!quiet) notify('success', { key: 'target.saved', ns: 'sync' });
      onSaved();
      return true;
    } catch (err) {
      notify('error', errorText(err));
      return false;
    }
  };

  const test = async () => {
    setBusy(true);
    try {
      // Test what is typed without saving it: only "Save" changes where bundles go.
      const candidate = sameAsSaved(form, saved) ? null : request();
      if (!sameAsSaved(form, saved) && !candidate) return;
      setErrors({});
      const r = await call('sync.testTarget', candidate ? { candidate } : {});
      if (r.reachable) notify('success', { key: 'target.testOk', ns: 'sync' });
      else {
        const reason = errorText(r.error ?? 'sync_offline');
        const cert = r.certificate ? ` ${t('certificate.inline', { sha256: r.certificate.sha256 })}` : '';
        notify('error', t('target.testFailed', { reason }) + cert);
      }
    } catch (err) {
      notify('error', errorText(err));
    } finally {
      setBusy(false);
      // The status shows the same result (and the certificate's details) at once.
      onSaved();
    }
  };

  const kinds: Kind[] = ['none', 'folder', 'webdav'];
  const where = saved ? (saved.kind === 'folder' ? saved.path : `${saved.username ? `${saved.username} @ ` : ''}${saved.url}`) : null;

  return (
    <Section title={t('target.title')}>
      <p>{t('target.explain')}</p>
      <p className="hint">{where ? t('target.current', { where }) : t('target.currentNone')}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setBusy(true);
          void save().finally(() => setBusy(false));
        }}
      >
        <fieldset className="checkbox-group">
          <legend>{t('target.kind')}</legend>
          {kinds.map((k) => (
            <label key={k} className="check">
              <input type="radio" name="sync-target-kind" value={k} checked={form.kind === k} onChange={() => set('kind')(k)} />
              {t(`target.${k}`)}
            </label>
          ))}
        </fieldset>
        {form.kind === 'folder' && (
          <TextField label={t('target.path')} hint={t('target.pathHint')} value={form.path} onChange={set('path')} error={errors.path} required />
        )}
        {form.kind === 'webdav' && (
          <>
            <TextField label={t('target.url')} hint={t('target.urlHint')} type="url" value={form.url} onChange={set('url')} error={errors.url} required />
            <TextField label={t('target.user')} value={form.username} onChange={set('username')} autoComplete="username" />
            <TextField
              label={t('target.password')}
              type="password"
              value={form.password}
              onChange={set('password')}
              hint={saved?.kind === 'webdav' ? t('target.passwordKeep') : undefined}
              autoComplete="current-password"
            />
            {browserMode && <TextField label={t('target.caFile')} hint={t('target.caFileHint')} value={form.caFile} onChange={set('caFile')} />}
          </>
        )}
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {t('target.save')}
          </button>
          <button type="button" disabled={busy || form.kind === 'none'} onClick={() => void test()}>
            {t('target.test')}
          </button>
        </div>
      </form>
    </Section>
  );
};
