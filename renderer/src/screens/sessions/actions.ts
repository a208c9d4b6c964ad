import type { SessionFields, TrainingSession } from '../../../../shared/model/training';
import { PartnerFields } from '../../../../shared/model/partner';
import type { Services } from '../../db/services';

type Svc = Pick<Services, 'db' | 'records'>;
import { appendJournal } from '../../db/journal';

const now = () => new Date().toISOString();

export const saveSession = async (svc: Svc, fields: SessionFields, id?: string): Promise<string> => {
  const { db, records } = svc;
  const previous = id ? await db.sessions.get(id) : undefined;
  const saved = await records.save('sessions', {
    ...fields,
    id,
    attendeeIds: previous?.attendeeIds ?? [],
    journal: [...(previous?.journal ?? []), { at: now(), event: previous ? ('edited' as const) : ('created' as const) }],
  });
  return saved.id;
};

export const setAttendees = async (svc: Svc, session: TrainingSession, attendeeIds: string[]): Promise<void> => {
  await svc.records.save('sessions', { ...session, attendeeIds: [...new Set(attendeeIds)] });
};

export interface NewCandidate {
  firstName: string;
  lastName: string;
  phone?: string;
  email?: string;
}

/**
 * People an information session brought in enter the bank's pipeline at "interest",
 * their source and session recorded, so nobody met that evening is lost. Written as a
 * bulk save so the bank's index picks them up at once.
 */
export const addCandidates = async (svc: Svc, session: TrainingSession, people: NewCandidate[]): Promise<void> => {
  const { records } = svc;
  const at = now();
  const rows = people.map((p) => ({
    ...PartnerFields.parse({ firstName: p.firstName, lastName: p.lastName, phone: p.phone, email: p.email, draft: true, source: 'info_session' }),
    step: 'interest' as const,
    history: [{ at, to: 'interest' as const, reason: session.title }],
    archived: false,
    sourceSessionId: session.id,
  }));
  await records.bulkSave('partners', rows);
  for (const p of people) await appendJournal(svc, 'sessions', session.id, { event: 'candidate_added', text: `${p.firstName} ${p.lastName}`.trim() });
};

export const deleteSession = async (svc: Svc, id: string): Promise<void> => {
  await svc.records.remove('sessions', id);
};
