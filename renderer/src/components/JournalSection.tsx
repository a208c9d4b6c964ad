import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JournalEntry } from '../../../shared/model/journal';
import { useFormat } from '../i18n/format';
import { Section, TextField } from './Fields';

/**
 * History and notes of a record, newest first, with a box to add a dated note: what a
 * successor reads to pick up the office.
 */
export const JournalSection = ({ journal, onAdd }: { journal: readonly JournalEntry[]; onAdd(text: string): Promise<void> }) => {
  const { t } = useTranslation('engagement');
  const fmt = useFormat();
  const [note, setNote] = useState('');
  const [error, setError] = useState<string>();
  return (
    <Section title={t('journal.title')}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!note.trim()) {
            setError(t('journal.required'));
            return;
          }
          setError(undefined);
          void onAdd(note.trim()).then(() => setNote(''));
        }}
      >
        <TextField label={t('journal.note')} value={note} onChange={setNote} multiline error={error} />
        <button type="submit">{t('journal.add')}</button>
      </form>
      {journal.length === 0 ? (
        <p className="muted">{t('journal.empty')}</p>
      ) : (
        <ol className="journal">
          {[...journal].reverse().map((j, i) => (
            <li key={`${j.at}-${i}`}>
              <span className="muted">{fmt.dateTime(j.at)}</span> — {j.event ? t(`journal.events.${j.event}`, { detail: j.text ?? '' }) : j.text}
              {j.by ? ` (${j.by})` : ''}
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
};
