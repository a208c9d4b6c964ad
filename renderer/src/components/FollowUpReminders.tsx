import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { followUpReminders } from '../../../shared/logic/reminders';
import { partnerDisplayName } from '../../../shared/model/partner';
import { getServices } from '../db/services';
import { live } from '../db/records';
import { todayIso, useFormat } from '../i18n/format';
import { RouteLink } from './RouteLink';

/**
 * The home screen's follow-up reminders: after a one-time engagement ends, and every few
 * months for ongoing ones (committee seats, open-ended mandates). A team's answers do not
 * count as following up with the partner.
 */
export const FollowUpReminders = () => {
  const { t } = useTranslation('engagement');
  const fmt = useFormat();
  const today = todayIso();
  const rows = useLiveQuery(async () => {
    const { db } = getServices();
    const [mandates, seats, responses, instruments, partners, requests, committees] = await Promise.all([
      db.mandates.toArray(),
      db.committeeMembers.toArray(),
      db.surveyResponses.toArray(),
      db.instruments.toArray(),
      db.partners.toArray(),
      db.requests.toArray(),
      db.committees.toArray(),
    ]);
    const team = new Set(instruments.filter((i) => i.audience === 'team').map((i) => i.id));
    const reminders = followUpReminders({ mandates, seats: live(seats), responses, countsAsFollowUp: (r) => !team.has(r.instrumentId) }, today);
    const names = new Map(partners.map((p) => [p.id, p.deleted || p.anonymised ? '—' : partnerDisplayName(p)]));
    const parents = new Map([
      ...requests.map((r) => [r.id, r.deleted ? '—' : r.title] as const),
      ...committees.map((c) => [c.id, c.deleted ? '—' : c.name] as const),
    ]);
    return reminders.map((r) => ({ ...r, name: names.get(r.partnerId) ?? '—', parent: parents.get(r.parentId) ?? '—' }));
  }, [today]);
  const list = rows ?? [];
  return (
    <section className="card" aria-labelledby="follow-up-reminders">
      <h2 id="follow-up-reminders">
        {t('reminders.title')} ({list.length})
      </h2>
      {list.length === 0 ? (
        <p className="muted">{t('reminders.none')}</p>
      ) : (
        <ul>
          {list.slice(0, 20).map((r) => (
            <li key={`${r.kind}-${r.id}`}>
              <RouteLink to={r.kind === 'mandate' ? { name: 'mandate', id: r.id } : { name: 'committee', id: r.parentId }}>
                {t(`reminders.${r.kind}_${r.reason}`, { name: r.name, parent: r.parent })}
              </RouteLink>{' '}
              <span className="muted">{t('reminders.dueOn', { date: fmt.date(r.dueOn) })}</span>{' '}
              {r.overdue && <span className="badge warn">{t('reminders.overdue')}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
};
