import { useTranslation } from 'react-i18next';
import { getServices } from '../../db/services';
import { CommitteeFields, CommitteeType, type Committee } from '../../../../shared/model/committee';
import { EditForm } from '../../components/EditForm';
import { SelectField, TextField } from '../../components/Fields';
import { useRecordForm } from '../../components/useRecordForm';
import { useUi } from '../../store/ui';
import { saveCommittee } from './actions';

/** Creates or edits a committee; bad input is named field by field and nothing typed is lost. */
export const CommitteeForm = ({ committee, onDone }: { committee?: Committee; onDone?(): void }) => {
  const { t } = useTranslation('engagement');
  const navigate = useUi((s) => s.navigate);
  const leave = () => (onDone ? onDone() : navigate({ name: 'committees' }));
  const { values, set, errors, submit } = useRecordForm({
    initial: {
      name: committee?.name ?? '',
      type: committee?.type ?? ('user_safety' as CommitteeType),
      directorate: committee?.directorate ?? '',
      seats: String(committee?.seats ?? 1),
      frequency: committee?.frequency ?? '',
      notes: committee?.notes ?? '',
    },
    schema: CommitteeFields,
    toInput: (v) => ({
      name: v.name,
      type: v.type,
      directorate: v.directorate.trim() || undefined,
      seats: v.seats.trim() === '' ? NaN : Number(v.seats),
      frequency: v.frequency.trim() || undefined,
      notes: v.notes.trim() || undefined,
    }),
    messages: { name: t('committees.nameRequired'), seats: t('committees.seatsInvalid') },
    save: (fields) => saveCommittee(getServices(), fields, committee?.id),
    saved: { key: 'committees.saved', ns: 'engagement' },
    done: (id) => (onDone ? onDone() : navigate({ name: 'committee', id })),
  });

  return (
    <EditForm onSubmit={submit} saveLabel={t('committees.save')} leaveLabel={t('cancel', { ns: 'common' })} onLeave={leave}>
      <TextField label={t('committees.name')} value={values.name} onChange={set('name')} required error={errors.name} />
      <SelectField
        label={t('committees.type')}
        value={values.type}
        onChange={set('type')}
        options={CommitteeType.options.map((o) => ({ value: o, label: t(`committeeTypes.${o}`) }))}
      />
      <TextField label={t('committees.directorate')} value={values.directorate} onChange={set('directorate')} />
      <TextField
        label={t('committees.seats')}
        type="number"
        value={values.seats}
        onChange={set('seats')}
        error={errors.seats}
        hint={t('committees.seatsHint')}
      />
      <TextField label={t('committees.frequency')} value={values.frequency} onChange={set('frequency')} />
      <TextField label={t('committees.notes')} value={values.notes} onChange={set('notes')} multiline />
    </EditForm>
  );
};
