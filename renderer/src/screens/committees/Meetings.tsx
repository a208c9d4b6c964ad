import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getServices } from '../../db/services';
import type { CommitteeMeeting } from '../../../../shared/model/committee';
import { CheckboxGroup, Section, TextField } from '../../components/Fields';
import { todayIso, useFormat } from '../../i18n/format';
import { useUi } from '../../store/ui';
import { addMeeting } from './actions';

/** Meetings held and who of the partners attended (taken from the seated members). */
export const Meetings = ({
  committeeId,
  meetings,
  seatedIds,
  names,
}: {
  committeeId: string;
  meetings: CommitteeMeeting[];
  seatedIds: string[];
  names: Map<string, string>;
}) => {
  const { t } = useTranslation('engagement');
  const fmt = useFormat();
  const notify = useUi((s) => s.notify);
  const [date, setDate] = useState(todayIso());
  const [present, setPresent] = useState<string[]>([]);
  const [notes, setNotes] = useState('');
  const name = (id: string) => names.get(id) ?? '—';
  return (
    <Section title={t('meetings.title')}>
      {meetings.length === 0 ? (
        <p className="muted">{t('meetings.empty')}</p>
      ) : (
        <ul>
          {[...meetings]
            .sort((a, b) => b.date.localeCompare(a.date))
            .map((m) => (
              <li key={m.id}>
                <strong>{fmt.date(m.date)}</strong> — {m.attendeeIds.length ? m.attendeeIds.map(name).join(', ') : t('meetings.nobody')}
                {m.notes ? ` · ${m.notes}` : ''}
              </li>
            ))}
        </ul>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void addMeeting(getServices(), committeeId, date, present, notes.trim() || undefined).then(() => {
            notify('success', { key: 'meetings.added', ns: 'engagement' });
            setPresent([]);
            setNotes('');
          });
        }}
      >
        <h3>{t('meetings.addTitle')}</h3>
        <TextField label={t('meetings.date')} type="date" value={date} onChange={setDate} required />
        {seatedIds.length > 0 && (
          <CheckboxGroup
            legend={t('meetings.attended')}
            options={seatedIds.map((id) => ({ value: id, label: name(id) }))}
            value={present}
            onChange={setPresent}
          />
        )}
        <TextField label={t('meetings.notes')} value={notes} onChange={setNotes} multiline />
        <button type="submit">{t('meetings.add')}</button>
      </form>
    </Section>
  );
};
