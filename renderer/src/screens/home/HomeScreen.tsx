import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { dueSteps, type DueStep } from '../../../../shared/logic/accompaniment';
import { needsFollowUp } from '../../../../shared/logic/load';
import { partnerDisplayName } from '../../../../shared/model/partner';
import { accompanimentSteps, label } from '../../../../shared/reference';
import { getServices } from '../../db/services';
import { todayIso, useFormat } from '../../i18n/format';
import { RouteLink } from '../../components/RouteLink';
import { FollowUpReminders } from '../../components/FollowUpReminders';
import { useOfficeSettings } from '../../store/officeSettings';
import type { Route } from '../../store/ui';
import { BackupStatusLine } from '../../components/BackupStatusLine';
import { FirstRunRole } from '../../components/FirstRunRole';

const OPEN_REQUEST = new Set(['received', 'preparing', 'recruiting', 'filled', 'in_progress']);

interface DueRow extends DueStep {
  partner: string;
  project: string;
}

const DueList = ({ title, rows, empty, id }: { title: string; rows: DueRow[]; empty: string; id: string }) => {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const lang = i18n.language === 'en' ? 'en' : 'fr';
  const stepLabel = (sid: string) => {
    const s = accompanimentSteps.find((x) => x.id === sid);
    return s ? label(s, lang) : sid;
  };
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>
        {title} ({rows.length})
      </h2>
      {rows.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul>
          {rows.slice(0, 15).map((r) => (
            <li key={`${r.mandateId}-${r.stepId}`}>
              <RouteLink to={{ name: 'mandate', id: r.mandateId }}>
                {t('home.stepFor', { step: stepLabel(r.stepId), partner: r.partner, project: r.project })}
              </RouteLink>{' '}
              <span className="muted">{t('home.plannedOn', { date: fmt.date(r.planned) })}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
};

export const HomeScreen = () => {
  const { t } = useTranslation();
  const fmt = useFormat();
  const settings = useOfficeSettings();
  const { db } = getServices();
  const today = todayIso();
  const data = useLiveQuery(async () => {
    const [partners, requests, mandates] = await Promise.all([db.partners.toArray(), db.requests.toArray(), db.mandates.toArray()]);
    const people = partners.filter((p) => !p.deleted && !p.archived);
    const names = new Map(partners.map((p) => [p.id, p.anonymised ? '—' : partnerDisplayName(p)]));
    const titles = new Map(requests.map((r) => [r.id, r.deleted ? '—' : r.title]));
    const due = dueSteps(mandates, today);
    const withNames = (xs: DueStep[]): DueRow[] => xs.map((x) => ({ ...x, partner: names.get(x.partnerId) ?? '—', project: titles.get(x.requestId) ?? '—' }));
    return {
      inBank: people.filter((p) => p.step === 'in_bank' || p.step === 'active').length,
      active: people.filter((p) => p.step === 'active').length,
      followUp: people.filter((p) => needsFollowUp(p, today, settings.followUpMonths)).length,
      openRequests: requests.filter((r) => !r.deleted && OPEN_REQUEST.has(r.status)).length,
      dueThisWeek: withNames(due.dueThisWeek),
      overdue: withNames(due.overdue),
    };
  }, [today, settings.followUpMonths]);

  const stat = (key: string, value: number | undefined, to: Route) => (
    <div>
      <dt>
        <RouteLink to={to}>{t(`home.${key}`)}</RouteLink>
      </dt>
      <dd>{value === undefined ? '…' : fmt.number(value)}</dd>
    </div>
  );

  return (
    <div className="screen">
      <h1>{t('home.title')}</h1>
      <p>{t('home.welcome')}</p>
      <FirstRunRole />
      <p>
        <strong>{t('colon', { ns: 'common', label: t('home.office') })}</strong> {settings.officeName || settings.establishment || t('home.noOffice')}
      </p>
      <BackupStatusLine />
      <dl className="stats">
        {stat('inBank', data?.inBank, { name: 'bank' })}
        {stat('active', data?.active, { name: 'bank' })}
        {stat('toFollowUp', data?.followUp, { name: 'bank', view: 'follow_up' })}
        {stat('openRequests', data?.openRequests, { name: 'requests' })}
      </dl>
      <div className="grid-2">
        <DueList id="due-overdue" title={t('home.overdue')} rows={data?.overdue ?? []} empty={t('home.nothingOverdue')} />
        <DueList id="due-week" title={t('home.dueThisWeek')} rows={data?.dueThisWeek ?? []} empty={t('home.nothingDue')} />
      </div>
      <FollowUpReminders />
    </div>
  );
};
