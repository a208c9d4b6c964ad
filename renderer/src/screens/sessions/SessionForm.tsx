import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getServices } from '../../db/services';
import { Language } from '../../../../shared/model/enums';
import { SessionFields, SessionKind, type TrainingSession } from '../../../../shared/model/training';
import { SelectField, TextField } from '../../components/Fields';
import { FormActions } from '../../components/FormActions';
import { todayIso } from '../../i18n/format';
import { useUi } from '../../store/ui';
import { saveSession } from './actions';

type Errors = Partial<Record<'title' | 'date' | 'videoLink' | 'otherAttendees', string>>;

export const SessionForm = ({ session, onDone }: { session?: TrainingSession; onDone?(): void }) => {
  const { t } = useTranslation('engagement');
  const navigate = useUi((s) => s.navigate);
  const notify = useUi((s) => s.notify);
  const [v, setV] = useState({
    kind: session?.kind ?? ('information' as SessionKind),
    title: session?.title ?? '',
    date: session?.date ?? todayIso(),
    place: session?.place ?? '',
    videoLink: session?.videoLink ?? '',
    language: session?.language ?? ('fr' as Language),
    facilitator: session?.facilitator ?? '',
    otherAttendees: String(session?.otherAttendees ?? 0),
    notes: session?.notes ?? '',
  });
  const [errors, setErrors] = useState<Errors>({});
  const set = (k: keyof typeof v) => (value: string) => setV((x) => ({ ...x, [k]: value }));

  const submit = async () => {
    const parsed = SessionFields.safeParse({
      ...v,
      place: v.place.trim() || undefined,
      videoLink: v.videoLink.trim() || undefined,
      facilitator: v.facilitator.trim() || undefined,
      notes: v.notes.trim() || undefined,
      otherAttendees: v.otherAttendees.trim() === '' ? 0 : Number(v.otherAttendees),
    });
    if (!parsed.success) {
      const bad = new Set(parsed.error.issues.map((i) => String(i.path[0])));
      setErrors({
        title: bad.has('title') ? t('sessions.titleRequired') : undefined,
        date: bad.has('date') ? t('sessions.dateRequired') : undefined,
        videoLink: bad.has('videoLink') ? t('sessions.linkInvalid') : undefined,
        otherAttendees: bad.has('otherAttendees') ? t('sessions.countInvalid') : undefined,
      });
      return;
    }
    setErrors({});
    const id = await saveSession(getServices(), parsed.data, session?.id);
    notify('success', { key: 'sessions.saved', ns: 'engagement' });
    if (onDone) onDone();
    else navigate({ name: 'session', id });
  };

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
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
      <FormActions saveLabel={t('sessions.save')} leaveLabel={t('cancel')} onLeave={() => (onDone ? onDone() : navigate({ name: 'sessions' }))} />
    </form>
  );
};
