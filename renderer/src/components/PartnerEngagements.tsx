import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { isSeated } from '../../../shared/logic/committees';
import { getServices } from '../db/services';
import { live } from '../db/records';
import { todayIso, useFormat } from '../i18n/format';
import { Section } from './Fields';
import { RouteLink } from './RouteLink';

/**
 * A partner's committees, the sessions she attended and her community-of-practice
 * meetings, read straight from their tables so the profile needs no screen of theirs.
 */
export const PartnerEngagements = ({ partnerId }: { partnerId: string }) => {
  const { t } = useTranslation('engagement');
  const fmt = useFormat();
  const today = todayIso();
  const { db } = getServices();
  const data = useLiveQuery(async () => {
    const seats = live(await db.committeeMembers.where('partnerId').equals(partnerId).toArray());
    const committees = await db.committees.bulkGet(seats.map((s) => s.committeeId));
    const sessions = live(await db.sessions.where('attendeeIds').equals(partnerId).toArray());
    const cop = live(await db.copMeetings.where('attendeeIds').equals(partnerId).toArray());
    const sourceId = (await db.partners.get(partnerId))?.sourceSessionId;
    const source = sourceId ? await db.sessions.get(sourceId) : undefined;
    return {
      source: source && !source.deleted ? source : undefined,
      seats: seats
        .map((s, i) => ({ s, name: committees[i] && !committees[i].deleted ? committees[i].name : '—' }))
        .sort((a, b) => b.s.termStart.localeCompare(a.s.termStart)),
      sessions: sessions.sort((a, b) => b.date.localeCompare(a.date)),
      cop: cop.sort((a, b) => b.date.localeCompare(a.date)),
    };
  }, [partnerId]);
  if (!data) return null;
  return (
    <>
      <Section title={t('profile.committees')}>
        {data.seats.length === 0 ? (
          <p className="muted">{t('profile.noCommittee')}</p>
        ) : (
          <ul>
            {data.seats.map(({ s, name }) => (
              <li key={s.id}>
                <RouteLink to={{ name: 'committee', id: s.committeeId }}>{name}</RouteLink> —{' '}
                {t('profile.term', { start: fmt.shortDate(s.termStart), end: s.leftOn ? fmt.shortDate(s.leftOn) : s.termEnd ? fmt.shortDate(s.termEnd) : '…' })}{' '}
                {isSeated(s, today) && <span className="badge">{t('members.seated')}</span>}
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section title={t('profile.sessions')}>
        {data.source && (
          <p>
            {t('profile.broughtBy')} <RouteLink to={{ name: 'session', id: data.source.id }}>{data.source.title}</RouteLink> ({fmt.shortDate(data.source.date)})
          </p>
        )}
        {data.sessions.length === 0 && data.cop.length === 0 ? (
          <p className="muted">{t('profile.noSession')}</p>
        ) : (
          <ul>
            {data.sessions.map((s) => (
              <li key={s.id}>
                <RouteLink to={{ name: 'session', id: s.id }}>{s.title}</RouteLink> — {t(`sessionKinds.${s.kind}`)}, {fmt.shortDate(s.date)}
              </li>
            ))}
            {data.cop.length > 0 && (
              <li>
                <RouteLink to={{ name: 'community' }}>{t('profile.cop', { count: data.cop.length, date: fmt.shortDate(data.cop[0]?.date) })}</RouteLink>
              </li>
            )}
          </ul>
        )}
      </Section>
    </>
  );
};
