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
  const notify = useUi((s) => s.notify);
  const {
    values: v,
    set,
    errors,
    submit,
  } = useRecordForm({
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
    save: async (fields) => {
      const id = await saveSession(getServices(), fields, session?.id);
      notify('success', { key: 'sessions.saved', ns: 'engagement' });
      if (onDone) onDone();
      else navigate({ name: 'session', id });
    },
  });

  return (
    <EditForm onSubmit={submit} saveLabel={t('sessions.save')} leaveLabel={t('cancel')} onLeave={() => (onDone ? onDone() : navigate({ name: 'sessions' }))}>
      <SelectField
        label={t('sessions.kind')}
        value={v.kind}
        onChange={set('kind')}
        options={SessionKind.options.map((o) => ({ value: o, label: t(`sessionKinds.${o}`) }))}
      />
      <TextField label={t('sessions.titleField')} value={v.title} onChange={set('title')} required error={errors.title} />
      <div className="toolbar">
        <TextField label={t('sessions.date')} type="date" value={v.date} onChange={set('date')} required error={errors.date} />
        <SelectField
          label={t('sessions.language')}
          value={v.language}
          onChange={set('language')}
          options={Language.options.map((o) => ({ value: o, label: t(`languages.${o}`) }))}
        />
      </div>
      <TextField label={t('sessions.place')} value={v.place} onChange={set('place')} />
      <TextField label={t('sessions.videoLink')} type="url" value={v.videoLink} onChange={set('videoLink')} error={errors.videoLink} />
      <TextField label={t('sessions.facilitator')} value={v.facilitator} onChange={set('facilitator')} />
      <TextField
        label={t('sessions.otherAttendees')}
        type="number"
        value={v.otherAttendees}
        onChange={set('otherAttendees')}
        hint={t('sessions.otherHint')}
        error={errors.otherAttendees}
      />
      <TextField label={t('sessions.notes')} value={v.notes} onChange={set('notes')} multiline />
    </EditForm>
  );
};
