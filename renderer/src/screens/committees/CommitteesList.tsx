import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { coverage, seatCount, termsEnding } from '../../../../shared/logic/committees';
import { getServices } from '../../db/services';
import { DataTable } from '../../components/DataTable';
import { usePartnerNames } from '../../components/PartnerPicker';
import { RouteLink } from '../../components/RouteLink';
import { live } from '../../db/records';
import { todayIso, useFormat } from '../../i18n/format';
import { useUi } from '../../store/ui';

export const usePercent = () => {
  const { i18n } = useTranslation();
  return (share: number) => new Intl.NumberFormat(i18n.language === 'en' ? 'en-CA' : 'fr-CA', { style: 'percent', maximumFractionDigits: 0 }).format(share);
};

export const CommitteesList = () => {
  const { t } = useTranslation('engagement');
  const fmt = useFormat();
  const percent = usePercent();
  const navigate = useUi((s) => s.navigate);
  const names = usePartnerNames();
  const today = todayIso();
  const { db } = getServices();
  const data = useLiveQuery(async () => {
    const [committees, members] = await Promise.all([db.committees.toArray(), db.committeeMembers.toArray()]);
    return { committees: live(committees).sort((a, b) => a.name.localeCompare(b.name)), members: live(members) };
  }, []);
  if (!data) return <p>{t('loading')}</p>;
  const cov = coverage(data.committees, data.members, today);
  const ending = termsEnding(data.members, today, 60);
  const committeeName = new Map(data.committees.map((c) => [c.id, c.name]));

  return (
    <div className="screen">
      <h1>{t('committees.title')}</h1>
      <div className="actions">
        <button type="button" className="primary" onClick={() => navigate({ name: 'committeeNew' })}>
          {t('committees.add')}
        </button>
      </div>
      <section className="card" aria-labelledby="coverage-title">
        <h2 id="coverage-title">{t('committees.coverageTitle')}</h2>
        <p role="status" aria-label={t('committees.coverageTitle')}>
          {cov.share === null
            ? t('committees.coverageNone')
            : t('committees.coverageValue', { count: cov.covered, covered: cov.covered, total: cov.committees, percent: percent(cov.share) })}
        </p>
      </section>
      {data.committees.length === 0 ? (
        <p className="muted">{t('committees.empty')}</p>
      ) : (
        <DataTable
          caption={t('committees.tableCaption')}
          rows={data.committees}
          rowKey={(c) => c.id}
          columns={[
            { header: t('committees.name'), cell: (c) => <RouteLink to={{ name: 'committee', id: c.id }}>{c.name}</RouteLink> },
            { header: t('committees.type'), cell: (c) => t(`committeeTypes.${c.type}`) },
            { header: t('committees.directorate'), cell: (c) => c.directorate || '—' },
            {
              header: t('committees.seatsCol'),
              cell: (c) => {
                const n = seatCount(c, data.members, today);
                return (
                  <>
                    {t('committees.seatsValue', { count: n.filled, filled: n.filled, seats: n.seats })}
                    {n.open > 0 && <span className="badge warn"> {t('committees.openSeats', { count: n.open })}</span>}
                  </>
                );
              },
            },
          ]}
        />
      )}
      <section className="card" aria-labelledby="ending-title">
        <h2 id="ending-title">{t('committees.endingTitle')}</h2>
        {ending.length === 0 ? (
          <p className="muted">{t('committees.endingNone')}</p>
        ) : (
          <ul>
            {ending.map((m) => (
              <li key={m.id}>
                <RouteLink to={{ name: 'committee', id: m.committeeId }}>
                  {t('committees.endingLine', { name: names?.get(m.partnerId) ?? '—', committee: committeeName.get(m.committeeId) ?? '—' })}
                </RouteLink>{' '}
                <span className="muted">{t('committees.endsOn', { date: fmt.date(m.termEnd) })}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
};
