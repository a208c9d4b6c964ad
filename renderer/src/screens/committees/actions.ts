import type { CommitteeFields, CommitteeMember } from '../../../../shared/model/committee';
import type { IsoDate } from '../../../../shared/model/base';
import type { Services } from '../../db/services';

type Svc = Pick<Services, 'db' | 'records'>;
import { appendJournal } from '../../db/journal';

const now = () => new Date().toISOString();

export const saveCommittee = async (svc: Svc, fields: CommitteeFields, id?: string): Promise<string> => {
  const { db, records } = svc;
  const previous = id ? await db.committees.get(id) : undefined;
  const journal = [...(previous?.journal ?? []), { at: now(), event: previous ? ('edited' as const) : ('created' as const) }];
  const saved = await records.save('committees', { ...fields, id, journal });
  return saved.id;
};

/** Seats a partner for a term (her load follows through the change feed). */
export const addMember = async (svc: Svc, committeeId: string, partnerId: string, name: string, termStart: IsoDate, termEnd?: IsoDate): Promise<void> => {
  const { records } = svc;
  await records.save('committeeMembers', { committeeId, partnerId, termStart, termEnd });
  await appendJournal(svc, 'committees', committeeId, { event: 'member_added', text: name });
};

/** The partner leaves the seat on that day (resignation, health); the term stays as history. */
export const endMember = async (svc: Svc, m: CommitteeMember, name: string, leftOn: IsoDate): Promise<void> => {
  const { records } = svc;
  await records.save('committeeMembers', { ...m, leftOn });
  await appendJournal(svc, 'committees', m.committeeId, { event: 'member_ended', text: name });
};

/** Removes a seat entered by mistake (a tombstone syncs the removal). */
export const removeMember = async (svc: Svc, m: CommitteeMember, name: string): Promise<void> => {
  const { records } = svc;
  await records.remove('committeeMembers', m.id);
  await appendJournal(svc, 'committees', m.committeeId, { event: 'member_removed', text: name });
};

export const addMeeting = async (svc: Svc, committeeId: string, date: IsoDate, attendeeIds: string[], notes?: string): Promise<void> => {
  const { records } = svc;
  await records.save('committeeMeetings', { committeeId, date, attendeeIds, notes });
  await appendJournal(svc, 'committees', committeeId, { event: 'meeting_added', text: date });
};

export const deleteCommittee = async (svc: Svc, id: string): Promise<void> => {
  const { db, records } = svc;
  for (const m of await db.committeeMembers.where('committeeId').equals(id).toArray()) if (!m.deleted) await records.remove('committeeMembers', m.id);
  for (const m of await db.committeeMeetings.where('committeeId').equals(id).toArray()) if (!m.deleted) await records.remove('committeeMeetings', m.id);
  await records.remove('committees', id);
};
