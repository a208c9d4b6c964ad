import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sessionAttendance } from '../../../../shared/logic/community';
import { builtInId } from '../../../../shared/model/survey';
import { RECRUITING_SESSIONS, type TrainingSession } from '../../../../shared/model/training';
import { getServices } from '../../db/services';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Section } from '../../components/Fields';
import { JournalSection } from '../../components/JournalSection';
import { PartnerPicker, usePartnerNames } from '../../components/PartnerPicker';
import { RouteLink } from '../../components/RouteLink';
import { appendJournal } from '../../db/journal';
import { useFormat } from '../../i18n/format';
import { useUi } from '../../store/ui';
import { deleteSession, setAttendees } from './actions';
import { Candidates } from './Candidates';
import { SessionForm } from './SessionForm';

export const SessionNew = () => {
  const { t } = useTranslation('engagement');
  return (
    <div className="screen">
      <h1>{t('sessions.new')}</h1>
      <SessionForm />
    </div>
  );
};

const Attendance = ({ session, names }: { session: TrainingSession; names: Map<string, string> }) => {
  const { t } = useTranslation('engagement');
  const fmt = useFormat();
  const present = new Set(session.attendeeIds);
  return (
    <Section title={t('attendance.title')}>
      <p role="status" aria-label={t('attendance.total')}>
        {t('attendance.summary', {
          partners: fmt.number(present.size),
          others: fmt.number(session.otherAttendees),
          total: fmt.number(sessionAttendance(session)),
        })}
      </p>
      {present.size > 0 && (
        <ul aria-label={t('attendance.partners')}>
          {session.attendeeIds.map((id) => (
            <li key={id}>
              {names.get(id) ?? '—'}{' '}
              <button
                type="button"
                className="link"
                onClick={() =>
                  void setAttendees(
                    getServices(),
                    session,
                    session.attendeeIds.filter((x) => x !== id),
                  )
                }
              >
                {t('attendance.remove', { name: names.get(id) ?? '—' })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <PartnerPicker
        label={t('attendance.find')}
        actionLabel={(n) => t('attendance.add', { name: n })}
        exclude={present}
        onPick={(p) => void setAttendees(getServices(), session, [...session.attendeeIds, p.id])}
      />
    </Section>
  );
};

export const SessionDetail = ({ id }: { id: string }) => {
  const { t } = useTranslation('engagement');
  const fmt = useFormat();
  const navigate = useUi((s) => s.navigate);
  const names = usePartnerNames();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const session = useLiveQuery(async () => (await getServices().db.sessions.get(id)) ?? null, [id]);
  const feedback = useLiveQuery(
    async () => (await getServices().db.surveyResponses.where('sessionId').equals(id).toArray()).filter((r) => !r.deleted).length,
    [id],
  );
  if (session === undefined || !names) return <p>{t('loading')}</p>;
  if (!session || session.deleted)
    return (
      <div className="screen">
        <h1>{t('sessions.notFound')}</h1>
        <RouteLink to={{ name: 'sessions' }}>{t('sessions.back')}</RouteLink>
      </div>
    );
  const recruiting = RECRUITING_SESSIONS.includes(session.kind);
  return (
    <div className="screen">
      <p>
        <RouteLink to={{ name: 'sessions' }}>{t('sessions.back')}</RouteLink>
      </p>
      <h1>{session.title}</h1>
      <p>
        <span className="badge">{t(`sessionKinds.${session.kind}`)}</span> {fmt.date(session.date)} · {t(`languages.${session.language}`)}
      </p>
      {editing ? (
        <section className="card" aria-label={t('sessions.edit')}>
          <SessionForm session={session} onDone={() => setEditing(false)} />
        </section>
      ) : (
        <>
          <dl className="facts">
            <dt>{t('sessions.place')}</dt>
            <dd>{session.place || '—'}</dd>
            <dt>{t('sessions.videoLink')}</dt>
            <dd>{session.videoLink || '—'}</dd>
            <dt>{t('sessions.facilitator')}</dt>
            <dd>{session.facilitator || '—'}</dd>
          </dl>
          {session.notes && <p className="muted">{session.notes}</p>}
          <div className="actions">
            <button type="button" onClick={() => setEditing(true)}>
              {t('sessions.edit')}
            </button>
            {!recruiting && (
              <RouteLink to={{ name: 'surveyAnswer', id: builtInId('training'), about: { session: session.id } }}>{t('sessions.feedback')}</RouteLink>
            )}
            <button type="button" className="danger" onClick={() => setConfirming(true)}>
              {t('sessions.delete')}
            </button>
          </div>
        </>
      )}
      {!recruiting && (
        <p role="status" aria-label={t('sessions.feedbackCount')}>
          <RouteLink to={{ name: 'instrument', id: builtInId('training') }}>{t('sessions.feedbackValue', { count: feedback ?? 0 })}</RouteLink>
        </p>
      )}
      <Attendance session={session} names={names} />
      {recruiting && <Candidates session={session} />}
      <JournalSection journal={session.journal} onAdd={(text) => appendJournal(getServices(), 'sessions', id, { text })} />
      <ConfirmDialog
        open={confirming}
        title={t('sessions.deleteTitle')}
        body={t('sessions.deleteBody')}
        confirmLabel={t('sessions.delete')}
        danger
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          void deleteSession(getServices(), id).then(() => navigate({ name: 'sessions' }));
        }}
      />
    </div>
  );
};
