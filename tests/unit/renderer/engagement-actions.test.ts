import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { loadDeviceClock } from '../../../renderer/src/db/clock';
import { openDb } from '../../../renderer/src/db/db';
import { Records } from '../../../renderer/src/db/records';
import { createPartner, deletePartner } from '../../../renderer/src/screens/bank/actions';
import { addMember, saveCommittee } from '../../../renderer/src/screens/committees/actions';
import { addCandidates, saveSession, setAttendees } from '../../../renderer/src/screens/sessions/actions';
import { ensureBuiltIns, saveResponse } from '../../../renderer/src/screens/surveys/actions';
import { PartnerFields } from '../../../shared/model/partner';
import { SessionFields } from '../../../shared/model/training';

const setUp = async () => {
  const db = openDb(`relais-engagement-${Math.random()}`);
  await db.open();
  return { db, records: new Records(db, await loadDeviceClock(db)) };
};

describe('committee, session and survey actions (fake IndexedDB)', () => {
  it('writes the built-in instruments once, however many screens ask at the same time', async () => {
    const svc = await setUp();
    await Promise.all([ensureBuiltIns(svc), ensureBuiltIns(svc), ensureBuiltIns(svc)]);
    await ensureBuiltIns(svc);
    expect((await svc.db.instruments.toArray()).map((i) => i.id).sort()).toEqual([
      'builtin-involvement',
      'builtin-post-partner',
      'builtin-post-team',
      'builtin-training',
    ]);
  });

  it('brings an information session’s candidates into the pipeline at "interest", linked to the session, with a journal line each', async () => {
    const svc = await setUp();
    const id = await saveSession(svc, SessionFields.parse({ kind: 'information', title: 'Soirée d’information', date: '2026-06-10' }));
    const session = (await svc.db.sessions.get(id))!;
    await addCandidates(svc, session, [
      { firstName: 'Noémie', lastName: 'Kanatewat' },
      { firstName: 'Olivier', lastName: 'Dufresne', email: 'olivier@example.org' },
    ]);
    const people = await svc.db.partners.toArray();
    expect(people.map((p) => [p.firstName, p.step, p.source, p.sourceSessionId])).toEqual([
      ['Noémie', 'interest', 'info_session', id],
      ['Olivier', 'interest', 'info_session', id],
    ]);
    expect((await svc.db.sessions.get(id))?.journal.map((j) => j.event)).toEqual(['created', 'candidate_added', 'candidate_added']);
  });

  it('deleting a partner removes her seat and her answers and takes her off attendance, leaving tombstones', async () => {
    const svc = await setUp();
    const p = await createPartner(svc, PartnerFields.parse({ firstName: 'Rosalie', lastName: 'Tremblay' }), 'in_bank');
    const committeeId = await saveCommittee(svc, { name: 'Gestion des risques', type: 'user_safety', seats: 2 });
    await addMember(svc, committeeId, p.id, 'Rosalie Tremblay', '2026-01-01');
    const sessionId = await saveSession(svc, SessionFields.parse({ kind: 'partners', title: 'Formation de base', date: '2026-05-01', otherAttendees: 3 }));
    await setAttendees(svc, (await svc.db.sessions.get(sessionId))!, [p.id, 'someone-else-0001']);
    await ensureBuiltIns(svc);
    await saveResponse(
      svc,
      (await svc.db.instruments.get('builtin-post-partner'))!,
      { overall: 5, better: 'Plus de temps' },
      { date: '2026-06-01', mode: 'paper', about: { partner: p.id } },
    );

    await deletePartner(svc, p.id);
    expect(await svc.db.committeeMembers.toArray()).toEqual([expect.objectContaining({ deleted: 1 })]);
    expect(await svc.db.surveyResponses.toArray()).toEqual([expect.objectContaining({ deleted: 1 })]);
    expect(JSON.stringify(await svc.db.surveyResponses.toArray())).not.toContain('Plus de temps');
    expect((await svc.db.sessions.get(sessionId))?.attendeeIds).toEqual(['someone-else-0001']);
  });
});
