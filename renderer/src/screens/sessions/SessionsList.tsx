import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sessionAttendance } from '../../../../shared/logic/community';
import { SessionKind } from '../../../../shared/model/training';
import { getServices } from '../../db/services';
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
        <table>
          <caption className="sr-only">{t('sessions.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('sessions.date')}</th>
              <th scope="col">{t('sessions.titleField')}</th>
              <th scope="col">{t('sessions.kind')}</th>
              <th scope="col">{t('sessions.facilitator')}</th>
              <th scope="col">{t('attendance.total')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((s) => (
              <tr key={s.id}>
                <td>{fmt.shortDate(s.date)}</td>
                <td>
                  <RouteLink to={{ name: 'session', id: s.id }}>{s.title}</RouteLink>
                </td>
                <td>{t(`sessionKinds.${s.kind}`)}</td>
                <td>{s.facilitator || '—'}</td>
                <td>{fmt.number(sessionAttendance(s))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
};
