import type { JournalEntry } from '../../../shared/model/journal';
import type { Services } from './services';

/** Tables whose records keep a journal (history and notes). */
export type JournalTable = 'committees' | 'sessions' | 'copMeetings' | 'instruments';

/** Appends an entry to a record's journal, stamped like any change so it syncs. */
export const appendJournal = async (
  { db, records }: Pick<Services, 'db' | 'records'>,
  table: JournalTable,
  id: string,
  entry: Omit<JournalEntry, 'at'>,
): Promise<void> => {
  const current = await db.table(table).get(id);
  if (!current || current.deleted) throw new Error('not_found');
  const journal = [...(current.journal ?? []), { ...entry, at: new Date().toISOString() }];
  await records.save(table, { ...current, journal });
};
