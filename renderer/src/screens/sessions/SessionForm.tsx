import { useTranslation } from 'react-i18next';
import { getServices } from '../../db/services';
import { Language } from '../../../../shared/model/enums';
import { SessionFields, SessionKind, type TrainingSession } from '../../../../shared/model/training';
import { EditForm } from '../../components/EditForm';
import { SelectField, TextField } from '../../components/Fields';
import { useRecordForm } from '../../components/useRecordForm';
import { todayIso } from '../../i18n/format';
import { useUi } from '../../store/ui';
import { saveSession } from './actions';

export const SessionForm = ({ session, onDone }: { session?: TrainingSession; onDone?(): void }) => {
  const { t } = useTranslation('engagement');
  const navigate = useUi((s) => s.navigate);
  const leave = () => (onDone ? onDone() : navigate({ name: 'sessions' }));
  const { values, set, errors, submit } = useRecordForm({
    initial: {
      kind: session?.kind ?? ('information' as SessionKind),
      title: session?.title ?? '',
      date: session?.date ?? todayIso(),
      place: session?.place ?? '',
      videoLink: session?.videoLink ?? '',
      language: session?.language ?? ('fr' as Language),
      facilitator: session?.facilitator ?? '',
      otherAttendees: String(session?.otherAttendees ?? 0),
      notes: session?.notes ?? '',
    },
    schema: SessionFields,
    toInput: (v) => ({
      ...v,
      place: v.place.trim() || undefined,
      videoLink: v.videoLink.trim() || undefined,
      facilitator: v.facilitator.trim() || undefined,
      notes: v.notes.trim() || undefined,
      otherAttendees: v.otherAttendees.trim() === '' ? 0 : Number(v.otherAttendees),
    }),
    messages: {
      title: t('sessions.titleRequired'),
      date: t('sessions.dateRequired'),
      videoLink: t('sessions.linkInvalid'),
      otherAttendees: t('sessions.countInvalid'),
    },
    save: (fields) => saveSession(getServices(), fields, session?.id),
    saved: { key: 'sessions.saved', ns: 'engagement' },
    done: (id) => (onDone ? onDone() : navigate({ name: 'session', id })),
  });

  return (
    <EditForm onSubmit={submit} saveLabel={t('sessions.save')} leaveLabel={t('cancel')} onLeave={leave}>
      <SelectField
        label={t('sessions.kind')}
        value={values.kind}
        onChange={set('kind')}
        options={SessionKind.options.map((o) => ({ value: o, label: t(`sessionKinds.${o}`) }))}
      />
      <TextField label={t('sessions.titleField')} value={values.title} onChange={set('title')} required error={errors.title} />
      <div className="toolbar">
        <TextField label={t('sessions.date')} type="date" value={values.date} onChange={set('date')} required error={errors.date} />
        <SelectField
          label={t('sessions.language')}
          value={values.language}
          onChange={set('language')}
          options={Language.options.map((o) => ({ value: o, label: t(`languages.${o}`) }))}
        />
      </div>
      <TextField label={t('sessions.place')} value={values.place} onChange={set('place')} />
      <TextField label={t('sessions.videoLink')} type="url" value={values.videoLink} onChange={set('videoLink')} error={errors.videoLink} />
      <TextField label={t('sessions.facilitator')} value={values.facilitator} onChange={set('facilitator')} />
      <TextField
        label={t('sessions.otherAttendees')}
        type="number"
        value={values.otherAttendees}
        onChange={set('otherAttendees')}
        hint={t('sessions.otherHint')}
        error={errors.otherAttendees}
      />
      <TextField label={t('sessions.notes')} value={values.notes} onChange={set('notes')} multiline />
    </EditForm>
  );
};
