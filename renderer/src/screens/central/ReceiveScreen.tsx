import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { CentralStatus } from '../../../../shared/bridge/channels/central';
import { call } from '../../bridge';
import { getServices } from '../../db/services';
import { RouteLink } from '../../components/RouteLink';
import { Section } from '../../components/Fields';
import { useFormat } from '../../i18n/format';
import { useUi } from '../../store/ui';
import { DevicesSection } from './DevicesSection';
import { useCentralErrorText } from './errors';
import { IdentitySection } from './IdentitySection';
import { InboxSection } from './InboxSection';
import { useReceive } from './receiveStore';
import { SendBackSection } from './SendBackSection';
import { CertificateDetails } from '../../components/CertificateDetails';
import { versionTitle } from './versionTitle';

const ReceiveAction = ({ status }: { status: CentralStatus }) => {
  const { t } = useTranslation('central');
  const errorText = useCentralErrorText();
  const { running, progress, report, error, receive } = useReceive();
  const configured = Boolean(status.inbox.folder || status.inbox.webdav);
  return (
    <Section title={t('receive.title')}>
      {!configured && <p className="hint">{t('receive.notConfigured')}</p>}
      <div className="actions">
        <button type="button" className="primary" disabled={running || !configured} onClick={() => void receive()}>
          {t('receive.now')}
        </button>
      </div>
      {running && (
        <div className="field">
          <progress aria-label={t('receive.progressLabel')} value={progress?.done ?? undefined} max={progress?.total || undefined} />
          <span className="hint">
            {progress
              ? t(progress.merging ? 'receive.merging' : 'receive.progress', { done: progress.done, n: progress.done + 1, total: progress.total })
              : t('receive.scanning')}
          </span>
        </div>
      )}
      {error && <p className="notice notice-error">{errorText(error)}</p>}
      {report && !running && (
        <p role="status">
          {t('receive.report', { count: report.applied })} {report.held.length > 0 && t('receive.held', { count: report.held.length })}{' '}
          {report.refused.length > 0 && t('receive.refused', { count: report.refused.length })}{' '}
          {report.conflicts > 0 && t('receive.conflicts', { count: report.conflicts })}
          {report.webdavError && ` ${t('receive.webdavProblem', { message: errorText(report.webdavError) })}`}
        </p>
      )}
      {report && !running && report.refused.some((r) => r.code === 'merge_failed') && <p className="notice notice-error">{errorText('merge_failed')}</p>}
      {report && !running && report.webdavCertificate && <CertificateDetails certificate={report.webdavCertificate} />}
    </Section>
  );
};

const Quarantine = ({ status, onRetry }: { status: CentralStatus; onRetry(file: string): void }) => {
  const { t } = useTranslation('central');
  const fmt = useFormat();
  const errorText = useCentralErrorText();
  if (!status.quarantine.length) return null;
  return (
    <Section title={t('quarantine.title')}>
      <p>{t('quarantine.explain')}</p>
      <ul>
        {status.quarantine.map((q) => (
          <li key={q.file}>
            <code>{q.file.split('/').pop()}</code> — {fmt.dateTime(q.at)}
            <br />
            <span>{t('quarantine.reason', { reason: errorText(q.code) })}</span>{' '}
            <button type="button" onClick={() => onRetry(q.file)}>
              {t('quarantine.retry')}
            </button>
          </li>
        ))}
      </ul>
    </Section>
  );
};

const Conflicts = () => {
  const { t } = useTranslation('central');
  const conflicts = useLiveQuery(() => getServices().db.conflicts.toArray(), []);
  if (!conflicts?.length) return null;
  return (
    <Section title={t('conflicts.title')}>
      <p>{t('conflicts.explain', { count: conflicts.length })}</p>
      <ul>
        {conflicts.map((c) => (
          <li key={c.key}>
            <RouteLink to={{ name: 'conflict', key: c.key }}>{versionTitle(t, c)}</RouteLink>
          </li>
        ))}
      </ul>
    </Section>
  );
};

/** Receiving bundles: central office (every laptop) or a laptop restored from its central office. */
export const ReceiveScreen = () => {
  const { t } = useTranslation('central');
  const notify = useUi((s) => s.notify);
  const errorText = useCentralErrorText();
  const { status, refresh, receive } = useReceive();
  useEffect(() => {
    void refresh();
  }, [refresh]);

  const retry = async (file: string) => {
    try {
      await call('central.unquarantine', { file });
      await receive();
    } catch (err) {
      notify('error', errorText(err));
    }
  };

  return (
    <div className="screen">
      <h1>{t('title')}</h1>
      <p>{t(status?.mode === 'central' ? 'introCentral' : 'introLaptop')}</p>
      {status ? (
        <>
          <ReceiveAction status={status} />
          <Conflicts />
          <DevicesSection status={status} onChanged={(approved) => void (approved ? receive() : refresh())} />
          <Quarantine status={status} onRetry={(f) => void retry(f)} />
          <InboxSection status={status} onSaved={() => void refresh()} />
          <IdentitySection status={status} onChanged={() => void refresh()} />
          {status.mode === 'central' && <SendBackSection status={status} />}
        </>
      ) : (
        <p className="muted">…</p>
      )}
    </div>
  );
};
