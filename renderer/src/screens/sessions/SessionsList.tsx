import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sessionAttendance } from '../../../../shared/logic/community';
import { SessionKind } from '../../../../shared/model/training';
import { getServices } from '../../db/services';
import { DataTable } from '../../components/DataTable';
import { SelectField } from '../../components/Fields';
import { RouteLink } from '../../components/RouteLink';
import { live } from '../../db/records';
import { useFormat } from '../../i18n/format';
import { useUi } from '../../store/ui';

export const SessionsList = () => {
  const { t } = useTranslation('engagement');
  const fmt = useFormat();
  const navigate = useUi((s) => s.navigate);
  const [kind, setKind] = useState('');
  const sessions = useLiveQuery(async () => live(await getServices().db.sessions.toArray()).sort((a, b) => b.date.localeCompare(a.date)), []);
  const rows = (sessions ?? []).filter((s) => !kind || s.kind === kind);
  return (
    <div className="screen">
      <h1>{t('sessions.title')}</h1>
      <div className="actions">
        <button type="button" className="primary" onClick={() => navigate({ name: 'sessionNew' })}>
          {t('sessions.add')}
        </button>
        <RouteLink to={{ name: 'community' }}>{t('community.title')}</RouteLink>
      </div>
      <div className="toolbar">
        <SelectField
          label={t('sessions.filterKind')}
          value={kind}
          onChange={setKind}
          placeholder={t('sessions.allKinds')}
          options={SessionKind.options.map((o) => ({ value: o, label: t(`sessionKinds.${o}`) }))}
        />
      </div>
      {sessions === undefined ? (
        <p>{t('loading')}</p>
      ) : rows.length === 0 ? (
        <p className="muted">{t('sessions.empty')}</p>
      ) : (
        <DataTable
          caption={t('sessions.title')}
          rows={rows}
          rowKey={(s) => s.id}
          columns={[
            { header: t('sessions.date'), cell: (s) => fmt.shortDate(s.date) },
            { header: t('sessions.titleField'), cell: (s) => <RouteLink to={{ name: 'session', id: s.id }}>{s.title}</RouteLink> },
            { header: t('sessions.kind'), cell: (s) => t(`sessionKinds.${s.kind}`) },
            { header: t('sessions.facilitator'), cell: (s) => s.facilitator || '—' },
            { header: t('attendance.total'), cell: (s) => fmt.number(sessionAttendance(s)) },
          ]}
        />
      )}
    </div>
  );
};
