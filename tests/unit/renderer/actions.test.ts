import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { loadDeviceClock } from '../../../renderer/src/db/clock';
import { openDb } from '../../../renderer/src/db/db';
import { Records, type Change } from '../../../renderer/src/db/records';
import { addContact, createPartner, deletePartner, withdrawConsent } from '../../../renderer/src/screens/bank/actions';
import { changeStatus, createMandate, createRequest, saveMandate, setCandidacyOutcome, shortlist } from '../../../renderer/src/screens/requests/actions';
import { PartnerFields } from '../../../shared/model/partner';
import { RequestFields } from '../../../shared/model/request';

// A tombstone's bookkeeping, its version vector included (device ids and stamps, nothing personal).
const BASE_KEYS = ['createdAt', 'deleted', 'deviceId', 'id', 'stamp', 'updatedAt', 'vv'];

/** A bank with one invented person, a call logged, a declined candidacy and a mandate full of notes. */
const setUp = async () => {
  const db = openDb(`relais-actions-${Math.random()}`);
  await db.open();
  const svc = { db, records: new Records(db, await loadDeviceClock(db)) };
  const changes: Change[] = [];
  svc.records.onChange((c) => void changes.push(c));
  const person = await createPartner(
    svc,
    PartnerFields.parse({ firstName: 'Maïté', lastName: 'Tremblay-Awashish', phone: '418-555-0142', notes: 'diabète de type 2', sectors: ['urgence'] }),
    'in_bank',
  );
  await addContact(svc, person.id, { date: '2026-11-02', channel: 'call', summary: 'Parle de son hospitalisation', nextStepAt: '2026-12-15' });
  const request = await createRequest(svc, RequestFields.parse({ title: 'Comité de l’urgence', reference: { name: 'Personne ressource' } }));
  const c = await shortlist(svc, request.id, person.id);
  await setCandidacyOutcome(svc, c, 'declined', 'Trop proche de son vécu récent');
  const m = await createMandate(svc, request, person, { role: 'Membre', commitment: '' });
  await saveMandate(svc, {
    ...m,
    steps: m.steps.map((s, i) => (i === 0 ? { ...s, done: '2026-11-05', notes: 'Elle a raconté son parcours', answers: { q1: 'Très émue' } } : s)),
    hours: [{ date: '2026-11-10', hours: 2, note: 'Rencontre avec sa fille' }],
    expenseLog: [{ date: '2026-11-10', kind: 'mileage', amount: 42.5, note: 'De Mashteuiatsh' }],
  });
  await db.drafts.put({ key: `partner:${person.id}`, value: { firstName: 'Maïté' }, savedAt: '2026-11-10T12:00:00.000Z' });
  return { db, svc, person, request, changes };
};

describe('a contact entry', () => {
  it('is written with the partner’s derived dates, and announced on the change feed', async () => {
    const { db, person, changes } = await setUp();
    const p = await db.partners.get(person.id);
    expect(p?.lastContactAt).toBe('2026-11-02');
    expect(p?.nextStepAt).toBe('2026-12-15');
    expect(changes.some((c) => c.table === 'contacts')).toBe(true);
    expect(changes.some((c) => c.table === 'partners' && c.ids.includes(person.id))).toBe(true);
  });
  it('is not kept when the partner cannot be updated (one transaction)', async () => {
    const { db, svc } = await setUp();
    await expect(addContact(svc, 'no-such-person', { date: '2026-11-03', channel: 'call', summary: 'Appel' })).rejects.toThrow('not_found');
    expect(await db.contacts.where('partnerId').equals('no-such-person').count()).toBe(0);
  });
});

describe('erasure', () => {
  it('deletes the person and everything that speaks of her, leaving only tombstones, announced once committed', async () => {
    const { db, svc, person, changes } = await setUp();
    changes.length = 0;
    await deletePartner(svc, person.id);
    const rows = [await db.partners.get(person.id), ...(await db.contacts.toArray()), ...(await db.candidacies.toArray()), ...(await db.mandates.toArray())];
    expect(rows).toHaveLength(4);
    for (const row of rows) expect(Object.keys(row ?? {}).sort()).toEqual(BASE_KEYS);
    expect(await db.drafts.get(`partner:${person.id}`)).toBeUndefined();
    expect(JSON.stringify(await db.contacts.toArray())).not.toContain('hospitalisation');
    // The bank's index learns of it from the feed, without anyone refreshing it.
    expect(changes.find((c) => c.table === 'partners')?.rows[0]?.deleted).toBe(1);
  });

  it('anonymises: counts stay (step, sectors, dates, hours, amounts), words about her go', async () => {
    const { db, svc, person } = await setUp();
    await withdrawConsent(svc, person.id, 'anonymise', undefined, new Date('2026-11-20T15:00:00.000Z'));
    const p = await db.partners.get(person.id);
    expect(p).toMatchObject({ firstName: '', lastName: '', step: 'withdrawn', anonymised: true, archived: true, sectors: ['urgence'] });
    expect(p?.phone).toBeUndefined();
    expect(p?.notes).toBeUndefined();
    expect(p?.consents.bank).toEqual({ given: false, date: '2026-11-20', method: 'verbal' });
    const contacts = await db.contacts.toArray();
    expect(contacts).toHaveLength(1);
    expect(Object.keys(contacts[0] ?? {}).sort()).toEqual(BASE_KEYS);
    const [candidacy] = await db.candidacies.toArray();
    expect(candidacy).toMatchObject({ status: 'declined' });
    expect(candidacy?.declineReason).toBeUndefined();
    const [mandate] = await db.mandates.toArray();
    expect(mandate?.hours).toEqual([{ date: '2026-11-10', hours: 2 }]);
    expect(mandate?.expenseLog).toEqual([{ date: '2026-11-10', kind: 'mileage', amount: 42.5 }]);
    expect(mandate?.steps[0]).toEqual({ id: mandate?.steps[0]?.id, planned: mandate?.steps[0]?.planned, done: '2026-11-05' });
    const everything = JSON.stringify([p, contacts, candidacy, mandate]);
    for (const word of ['Maïté', 'Tremblay', '418-555', 'diabète', 'hospitalisation', 'Trop proche', 'raconté', 'émue', 'sa fille', 'Mashteuiatsh'])
      expect(everything).not.toContain(word);
    expect(await db.drafts.get(`partner:${person.id}`)).toBeUndefined();
  });
});

describe('a request’s status', () => {
  it('is written with the mandates it ends, in one transaction', async () => {
    const { db, svc, request, changes } = await setUp();
    changes.length = 0;
    await changeStatus(svc, request.id, 'closed', { outcome: 'Comité lancé' });
    expect((await db.requests.get(request.id))?.status).toBe('closed');
    expect((await db.mandates.toArray()).map((m) => m.status)).toEqual(['ended']);
    expect(changes.map((c) => c.table).sort()).toEqual(['mandates', 'requests']);
  });
});
