import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getServices } from '../../db/services';
import { CommitteeFields, CommitteeType, type Committee } from '../../../../shared/model/committee';
import { SelectField, TextField } from '../../components/Fields';
import { FormActions } from '../../components/FormActions';
import { useUi } from '../../store/ui';
import { saveCommittee } from './actions';

/** Creates or edits a committee; bad input is named field by field and nothing typed is lost. */
export const CommitteeForm = ({ committee, onDone }: { committee?: Committee; onDone?(): void }) => {
  const { t } = useTranslation('engagement');
  const navigate = useUi((s) => s.navigate);
  const notify = useUi((s) => s.notify);
  const [v, setV] = useState({
    name: committee?.name ?? '',
    type: committee?.type ?? ('user_safety' as CommitteeType),
    directorate: committee?.directorate ?? '',
    seats: String(committee?.seats ?? 1),
    frequency: committee?.frequency ?? '',
    notes: committee?.notes ?? '',
  });
  const [errors, setErrors] = useState<Partial<Record<'name' | 'seats', string>>>({});
  const set = (k: keyof typeof v) => (value: string) => setV((x) => ({ ...x, [k]: value }));

  const submit = async () => {
    const parsed = CommitteeFields.safeParse({
      name: v.name,
      type: v.type,
      directorate: v.directorate.trim() || undefined,
      seats: v.seats.trim() === '' ? NaN : Number(v.seats),
      frequency: v.frequency.trim() || undefined,
      notes: v.notes.trim() || undefined,
    });
    if (!parsed.success) {
      const bad = new Set(parsed.error.issues.map((i) => String(i.path[0])));
      setErrors({ name: bad.has('name') ? t('committees.nameRequired') : undefined, seats: bad.has('seats') ? t('committees.seatsInvalid') : undefined });
      return;
    }
    setErrors({});
    const id = await saveCommittee(getServices(), parsed.data, committee?.id);
    notify('success', { key: 'committees.saved', ns: 'engagement' });
    if (onDone) onDone();
    else navigate({ name: 'committee', id });
  };

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <TextField label={t('committees.name')} value={v.name} onChange={set('name')} required error={errors.name} />
      <SelectField
        label={t('committees.type')}
        value={v.type}
        onChange={set('type')}
        options={CommitteeType.options.map((o) => ({ value: o, label: t(`committeeTypes.${o}`) }))}
      />
      <TextField label={t('committees.directorate')} value={v.directorate} onChange={set('directorate')} />
      <TextField label={t('committees.seats')} type="number" value={v.seats} onChange={set('seats')} error={errors.seats} hint={t('committees.seatsHint')} />
      <TextField label={t('committees.frequency')} value={v.frequency} onChange={set('frequency')} />
      <TextField label={t('committees.notes')} value={v.notes} onChange={set('notes')} multiline />
      <FormActions
        saveLabel={t('committees.save')}
        leaveLabel={t('cancel', { ns: 'common' })}
        onLeave={() => (onDone ? onDone() : navigate({ name: 'committees' }))}
      />
    </form>
  );
};
