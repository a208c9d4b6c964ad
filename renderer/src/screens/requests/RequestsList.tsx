import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RequestStatus } from '../../../../shared/model/enums';
import { getServices } from '../../db/services';
import { SelectField } from '../../components/Fields';
import { useFormat } from '../../i18n/format';
import { useUi } from '../../store/ui';
import { live } from '../../db/records';
import { StatusBadge } from './StatusBadge';
import { RouteLink } from '../../components/RouteLink';
import { DataTable } from '../../components/DataTable';

const OPEN: ReadonlySet<RequestStatus> = new Set(['received', 'preparing', 'recruiting', 'filled', 'in_progress']);

export const RequestsList = () => {
  const { t } = useTranslation('requests');
  const fmt = useFormat();
  const navigate = useUi((s) => s.navigate);
  const [filter, setFilter] = useState<string>('open');
  const { db } = getServices();
  const requests = useLiveQuery(async () => live(await db.requests.toArray()), [db]);
  const accepted = useLiveQuery(async () => {
    const counts = new Map<string, number>();
    for (const c of await db.candidacies.toArray()) {
      if (!c.deleted && c.status === 'accepted') counts.set(c.requestId, (counts.get(c.requestId) ?? 0) + 1);
    }
    return counts;
  }, [db]);

  const rows = useMemo(() => {
    const list = (requests ?? []).filter((r) => (filter === 'all' ? true : filter === 'open' ? OPEN.has(r.status) : r.status === filter));
    // Newest first: what just arrived is what needs attention.
    return list.sort((a, b) => b.receivedAt.localeCompare(a.receivedAt) || b.createdAt.localeCompare(a.createdAt));
  }, [requests, filter]);

  return (
    <div className="screen">
      <h1>{t('title')}</h1>
      <div className="actions">
        <button type="button" className="primary" onClick={() => navigate({ name: 'requestNew' })}>
          {t('add')}
        </button>
      </div>
      <div className="toolbar">
        <SelectField
          label={t('filterStatus')}
          value={filter}
          onChange={setFilter}
          options={[
            { value: 'open', label: t('filterOpen') },
            { value: 'all', label: t('filterAll') },
            ...RequestStatus.options.map((s) => ({ value: s, label: t(`status.${s}`) })),
          ]}
        />
      </div>
      {requests === undefined ? (
        <p>{t('loading')}</p>
      ) : rows.length === 0 ? (
        <p className="muted">{requests.length === 0 ? t('empty') : t('noMatch')}</p>
      ) : (
        <DataTable
          caption={t('tableCaption')}
          rows={rows}
          rowKey={(r) => r.id}
          columns={[
            { header: t('col.title'), cell: (r) => <RouteLink to={{ name: 'request', id: r.id }}>{r.title}</RouteLink> },
            { header: t('col.team'), cell: (r) => [r.directorate, r.team].filter(Boolean).join(' — ') || '—' },
            { header: t('col.status'), cell: (r) => <StatusBadge status={r.status} /> },
            { header: t('col.seats'), cell: (r) => t('seatsValue', { filled: accepted?.get(r.id) ?? 0, wanted: r.seats }) },
            { header: t('col.received'), cell: (r) => fmt.shortDate(r.receivedAt) },
            { header: t('col.dates'), cell: (r) => (r.startDate || r.endDate ? `${fmt.shortDate(r.startDate)} → ${fmt.shortDate(r.endDate)}` : '—') },
          ]}
        />
      )}
    </div>
  );
};
