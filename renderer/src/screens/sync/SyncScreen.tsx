import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncStatus } from '../../../../shared/bridge/channels/sync';
import { call } from '../../bridge';
import { getServices } from '../../db/services';
import { Section } from '../../components/Fields';
import { useFormat } from '../../i18n/format';
import { useUi } from '../../store/ui';
import { useErrorText } from '../../components/useErrorText';
import { CertificateDetails } from '../../components/CertificateDetails';
import { exportPending } from './exportPending';
import { KeysSections } from './KeysSections';
import { TargetSection } from './TargetSection';
import { useSyncStatus } from './useSyncStatus';

type Busy = null | 'export' | 'full' | 'retry';

const textDd = { fontSize: '1.05rem' } as const;

const StatusSummary = ({ status }: { status: SyncStatus }) => {
  const { t } = useTranslation('sync');
  const fmt = useFormat();
  return (
    <dl className="stats">
      <div>
        <dt>{t('status.state')}</dt>
        <dd style={textDd} aria-live="polite">
          {status.state === 'idle' && status.quarantinedBundles > 0 ? t('status.states.setAside') : t(`status.states.${status.state}`)}
        </dd>
      </div>
      <div>
        <dt>{t('status.pending')}</dt>
        <dd>{fmt.number(status.pendingBundles)}</dd>
      </div>
      <div>
        <dt>{t('status.pendingBytes')}</dt>
        <dd>{fmt.bytes(status.pendingBytes)}</dd>
      </div>
      <div>
        <dt>{t('status.lastDelivery')}</dt>
        <dd style={textDd}>{status.lastDeliveryAt ? fmt.dateTime(status.lastDeliveryAt) : t('status.never')}</dd>
      </div>
      <div>
        <dt>{t('status.nextAttempt')}</dt>
        <dd style={textDd}>{status.nextAttemptAt ? fmt.dateTime(status.nextAttemptAt) : t('status.noneScheduled')}</dd>
      </div>
    </dl>
  );
};

/** The service's last problem, in plain words; setup needs are said once, not as an error. */
const LastProblem = ({ status }: { status: SyncStatus }) => {
  const { t } = useTranslation('sync');
  const errorText = useErrorText('sync');
  if (status.state === 'not_configured') return <p className="hint">{t('setupNeeded')}</p>;
  if (!status.lastError) return null;
  return (
    <div className="notice notice-error problem">
      <p>{t('status.lastErrorText', { message: errorText(status.lastError) })}</p>
      {status.state === 'needs_action' && <p>{t('status.stopped')}</p>}
      {status.certificate && <CertificateDetails certificate={status.certificate} />}
    </div>
  );
};

const Quarantined = ({ status, busy, onRetry }: { status: SyncStatus; busy: boolean; onRetry(id?: string): void }) => {
  const { t } = useTranslation('sync');
  const fmt = useFormat();
  const errorText = useErrorText('sync');
  const set = status.bundles.filter((b) => b.quarantined);
  if (!set.length) return null;
  return (
    <Section title={t('quarantine.title')}>
      <p>{t('quarantine.explain')}</p>
      <ul>
        {set.map((b) => (
          <li key={b.id}>
            {t('quarantine.row', { date: fmt.dateTime(b.createdAt), count: b.records, bytes: fmt.bytes(b.bytes) })}
            <br />
            <span className="muted">{t('quarantine.reason', { reason: b.quarantined ? errorText(b.quarantined.reason) : '' })}</span>{' '}
            <button type="button" disabled={busy} onClick={() => onRetry(b.id)}>
              {t('quarantine.retry')}
            </button>
          </li>
        ))}
      </ul>
      {set.length > 1 && (
        <button type="button" disabled={busy} onClick={() => onRetry()}>
          {t('quarantine.retryAll')}
        </button>
      )}
    </Section>
  );
};

/** Progress of long work: sealing the bundle (no known end), then bytes confirmed by the destination. */
const Progress = ({ status, preparing }: { status: SyncStatus | null; preparing: boolean }) => {
  const { t } = useTranslation('sync');
  const fmt = useFormat();
  const p = status?.state === 'sending' ? status.progress : null;
  if (!preparing && !p) return null;
  return (
    <div className="field">
      {p && p.totalBytes > 0 ? (
        <>
          <progress aria-label={t('actions.progressLabel')} value={p.doneBytes} max={p.totalBytes} />
          <span className="hint">{t('actions.progressText', { done: fmt.bytes(p.doneBytes), total: fmt.bytes(p.totalBytes) })}</span>
        </>
      ) : (
        <>
          <progress aria-label={t('actions.progressLabel')} />
          <span className="hint">{t('actions.preparing')}</span>
        </>
      )}
    </div>
  );
};

export const SyncScreen = () => {
  const { t } = useTranslation('sync');
  const fmt = useFormat();
  const notify = useUi((s) => s.notify);
  const errorText = useErrorText('sync');
  const { status, refresh } = useSyncStatus();
  const [busy, setBusy] = useState<Busy>(null);
  const fullHintId = useId();

  const send = async (full: boolean) => {
    if (status?.state === 'not_configured') {
      notify('error', errorText('sync_not_configured'));
      return;
    }
    setBusy(full ? 'full' : 'export');
    try {
      const out = await exportPending(getServices(), { full });
      if (out.written) {
        const key = full ? 'actions.fullCreated' : 'actions.exported';
        notify('success', t(key, { count: out.records, bytes: fmt.bytes(out.bytes) }));
      } else if (!status?.pendingBundles) {
        notify('info', { key: 'actions.nothingNew', ns: 'sync' });
      }
      await call('sync.sendNow', {});
    } catch (err) {
      notify('error', errorText(err));
    } finally {
      setBusy(null);
      refresh();
    }
  };

  const retry = async (bundleId?: string) => {
    setBusy('retry');
    try {
      await call('sync.retryQuarantined', bundleId ? { bundleId } : {});
      notify('info', { key: 'quarantine.retried', ns: 'sync' });
    } catch (err) {
      notify('error', errorText(err));
    } finally {
      setBusy(null);
      refresh();
    }
  };

  return (
    <div className="screen">
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <Section title={t('status.title')}>
        {status ? <StatusSummary status={status} /> : <p className="muted">…</p>}
        {status && <LastProblem status={status} />}
        <Progress status={status} preparing={busy === 'export' || busy === 'full'} />
        <div className="actions">
          <button type="button" className="primary" disabled={busy !== null} onClick={() => void send(false)}>
            {t('actions.sendNow')}
          </button>
          <button type="button" disabled={busy !== null} onClick={() => void send(true)} aria-describedby={fullHintId}>
            {t('actions.full')}
          </button>
        </div>
        <p id={fullHintId} className="hint">
          {t('actions.fullHint')}
        </p>
      </Section>
      {status && <Quarantined status={status} busy={busy !== null} onRetry={(id) => void retry(id)} />}
      <TargetSection saved={status?.target ?? null} loaded={status !== null} onSaved={refresh} />
      <KeysSections onSaved={refresh} />
    </div>
  );
};
