import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isSeated, seatCount } from '../../../../shared/logic/committees';
import { getServices } from '../../db/services';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { JournalSection } from '../../components/JournalSection';
import { usePartnerNames } from '../../components/PartnerPicker';
import { RouteLink } from '../../components/RouteLink';
import { appendJournal } from '../../db/journal';
import { live } from '../../db/records';
import { todayIso } from '../../i18n/format';
import { useUi } from '../../store/ui';
import { deleteCommittee } from './actions';
import { CommitteeForm } from './CommitteeForm';
import { Meetings } from './Meetings';
import { Members } from './Members';

export const CommitteeNew = () => {
  const { t } = useTranslation('engagement');
  return (
    <div className="screen">
      <h1>{t('committees.new')}</h1>
      <CommitteeForm />
    </div>
  );
};

export const CommitteeDetail = ({ id }: { id: string }) => {
  const { t } = useTranslation('engagement');
  const navigate = useUi((s) => s.navigate);
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const names = usePartnerNames();
  const today = todayIso();
  const { db } = getServices();
  const data = useLiveQuery(async () => {
    const committee = await db.committees.get(id);
    const members = live(await db.committeeMembers.where('committeeId').equals(id).toArray());
    const meetings = live(await db.committeeMeetings.where('committeeId').equals(id).toArray());
    return { committee: committee && !committee.deleted ? committee : null, members, meetings };
  }, [id]);
  if (!data || !names) return <p>{t('loading')}</p>;
  const { committee, members, meetings } = data;
  if (!committee)
    return (
      <div className="screen">
        <h1>{t('committees.notFound')}</h1>
        <RouteLink to={{ name: 'committees' }}>{t('committees.back')}</RouteLink>
      </div>
    );
  const n = seatCount(committee, members, today);
  return (
    <div className="screen">
      <p>
        <RouteLink to={{ name: 'committees' }}>{t('committees.back')}</RouteLink>
      </p>
      <h1>{committee.name}</h1>
      <p>
        <span className="badge">{t(`committeeTypes.${committee.type}`)}</span> {committee.directorate ?? ''}
      </p>
      <p role="status" aria-label={t('committees.seatsCol')}>
        {t('committees.seatsValue', { count: n.filled, filled: n.filled, seats: n.seats })} · {t('committees.openSeats', { count: n.open })}
      </p>
      {editing ? (
        <section className="card" aria-label={t('committees.edit')}>
          <CommitteeForm committee={committee} onDone={() => setEditing(false)} />
        </section>
      ) : (
        <div className="actions">
          <button type="button" onClick={() => setEditing(true)}>
            {t('committees.edit')}
          </button>
          <button type="button" className="danger" onClick={() => setConfirming(true)}>
            {t('committees.delete')}
          </button>
        </div>
      )}
      {committee.frequency && <p>{t('committees.frequencyValue', { value: committee.frequency })}</p>}
      {committee.notes && <p className="muted">{committee.notes}</p>}
      <Members committeeId={id} members={members} names={names} />
      <Meetings
        committeeId={id}
        meetings={meetings}
        seatedIds={[...new Set(members.filter((m) => isSeated(m, today)).map((m) => m.partnerId))]}
        names={names}
      />
      <JournalSection journal={committee.journal} onAdd={(text) => appendJournal(getServices(), 'committees', id, { text })} />
      <ConfirmDialog
        open={confirming}
        title={t('committees.deleteTitle')}
        body={t('committees.deleteBody')}
        confirmLabel={t('committees.delete')}
        danger
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          void deleteCommittee(getServices(), id).then(() => navigate({ name: 'committees' }));
        }}
      />
    </div>
  );
};
