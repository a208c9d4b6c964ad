import { proposeStepDates } from '../../../../shared/logic/accompaniment';
import type { RecordBase } from '../../../../shared/model/base';
import { AccompanimentStepId, type CandidacyStatus, type RequestStatus } from '../../../../shared/model/enums';
import type { Partner } from '../../../../shared/model/partner';
import type { AccompanimentStep, Candidacy, Mandate, PartnerRequest, Readiness, RequestFields } from '../../../../shared/model/request';
import { live } from '../../db/records';
import type { Services } from '../../db/services';
import { todayIso } from '../../i18n/format';

type Unsaved<T> = Omit<T, keyof RecordBase> & { id?: string };

/**
 * The requests' domain actions take the services they use; the bank's loads follow the
 * record layer's change feed, so no action refreshes them.
 */
type Svc = Pick<Services, 'db' | 'records'>;

const currentRequest = async (svc: Svc, id: string): Promise<PartnerRequest> => {
  const r = await svc.db.requests.get(id);
  if (!r || r.deleted) throw new Error('not_found');
  return r;
};

const currentMandate = async (svc: Svc, id: string): Promise<Mandate> => {
  const m = await svc.db.mandates.get(id);
  if (!m || m.deleted) throw new Error('not_found');
  return m;
};

/** A new request starts "received"; its arrival date and first status are kept. */
export const createRequest = async (svc: Svc, fields: RequestFields): Promise<PartnerRequest> =>
  svc.records.save('requests', {
    ...fields,
    status: 'received',
    statusHistory: [{ at: new Date().toISOString(), to: 'received' }],
    readiness: { prepMeetingHeld: false, roleDefined: false, referenceNamed: Boolean(fields.reference.name) },
    receivedAt: todayIso(),
  });

export const updateRequest = async (svc: Svc, id: string, fields: RequestFields): Promise<PartnerRequest> => {
  const r = await currentRequest(svc, id);
  return svc.records.save('requests', { ...r, ...fields, id });
};

export const setReadiness = async (svc: Svc, id: string, readiness: Readiness): Promise<PartnerRequest> => {
  const r = await currentRequest(svc, id);
  return svc.records.save('requests', { ...r, readiness, id });
};

export const isReady = (r: Pick<PartnerRequest, 'readiness'>): boolean => r.readiness.prepMeetingHeld && r.readiness.roleDefined && r.readiness.referenceNamed;

/**
 * Every change of status is dated in the history, so a successor can see how the request
 * went. The status and the mandates it ends are written in one transaction.
 */
export const changeStatus = async (
  svc: Svc,
  id: string,
  to: RequestStatus,
  extra: { note?: string; outcome?: string; partnersInformed?: boolean } = {},
): Promise<PartnerRequest> => {
  const { db, records } = svc;
  return db.transaction('rw', [db.requests, db.mandates, db.meta], async () => {
    const r = await currentRequest(svc, id);
    const note = extra.note?.trim() || undefined;
    const at = new Date().toISOString();
    const next: Unsaved<PartnerRequest> = {
      ...r,
      id,
      status: to,
      statusHistory: [...r.statusHistory, note ? { at, to, note } : { at, to }],
    };
    if (to === 'closed') {
      next.outcome = extra.outcome?.trim() || undefined;
      next.partnersInformed = extra.partnersInformed ?? false;
    }
    const saved = await records.save('requests', next);
    // Closing or cancelling ends the mandates still running on it.
    if (to === 'closed' || to === 'cancelled') {
      const mandates = live(await db.mandates.where('requestId').equals(id).toArray());
      for (const m of mandates) {
        if (m.status === 'active') await records.save('mandates', { ...m, status: to === 'closed' ? 'ended' : 'cancelled' });
      }
    }
    return saved;
  });
};

export const shortlist = async (svc: Svc, requestId: string, partnerId: string): Promise<Candidacy> => {
  const { db, records } = svc;
  const existing = await db.candidacies.where('[requestId+partnerId]').equals([requestId, partnerId]).first();
  const saved = await records.save('candidacies', {
    ...(existing && !existing.deleted ? existing : {}),
    id: existing?.id,
    requestId,
    partnerId,
    status: existing && !existing.deleted ? existing.status : 'shortlisted',
  });
  return saved;
};

export const removeFromShortlist = async (svc: Svc, id: string): Promise<void> => {
  await svc.records.remove('candidacies', id);
};

/** Every step of the cycle, with planned dates proposed from the mandate's dates. */
export const proposedSteps = (start?: string, end?: string, previous: readonly AccompanimentStep[] = []): AccompanimentStep[] => {
  const dates = proposeStepDates(start, end);
  return AccompanimentStepId.options.map((id) => {
    const old = previous.find((s) => s.id === id);
    // A step already done keeps what happened; only the plan of steps still to do moves.
    if (old?.done) return old;
    const planned = dates[id] ?? old?.planned;
    return { ...old, id, ...(planned ? { planned } : {}) };
  });
};

/** A mandate pre-filled from the request; the coordinator completes the role and responsibilities. */
export const createMandate = async (svc: Svc, request: PartnerRequest, partner: Partner, texts: { role: string; commitment: string }): Promise<Mandate> => {
  const { db, records } = svc;
  const existing = live(await db.mandates.where('requestId').equals(request.id).toArray()).find((m) => m.partnerId === partner.id);
  if (existing) return existing;
  const saved = await records.save('mandates', {
    requestId: request.id,
    partnerId: partner.id,
    status: 'active',
    role: texts.role,
    responsibilities: '',
    commitment: texts.commitment,
    schedule: request.frequency ?? '',
    place: request.community ?? '',
    format: request.formats,
    reference: request.reference,
    confidentiality: true,
    recognition: { attestation: true, expenses: ['mileage', 'parking'], honoraria: false, paymentDeclined: false },
    startDate: request.startDate,
    endDate: request.endDate,
    language: partner.language === 'en' ? 'en' : 'fr',
    steps: proposedSteps(request.startDate, request.endDate),
    hours: [],
    expenseLog: [],
  });
  return saved;
};

/** Records what came of asking someone; the contact date is kept for the load and the history. */
export const setCandidacyOutcome = async (svc: Svc, c: Candidacy, status: CandidacyStatus, declineReason?: string): Promise<Candidacy> => {
  const saved = await svc.records.save('candidacies', {
    ...c,
    status,
    declineReason: status === 'declined' ? declineReason?.trim() || undefined : undefined,
    contactedAt: status === 'shortlisted' ? c.contactedAt : (c.contactedAt ?? todayIso()),
  });
  return saved;
};

/** When the last seat is filled while recruiting, the request moves to "filled" by itself. */
export const markFilledIfComplete = async (svc: Svc, requestId: string): Promise<boolean> => {
  const { db } = svc;
  const r = await currentRequest(svc, requestId);
  if (r.status !== 'recruiting' && r.status !== 'preparing' && r.status !== 'received') return false;
  const accepted = live(await db.candidacies.where('requestId').equals(requestId).toArray()).filter((c) => c.status === 'accepted').length;
  if (accepted < r.seats) return false;
  await changeStatus(svc, requestId, 'filled');
  return true;
};

export const saveMandate = async (svc: Svc, m: Mandate): Promise<Mandate> => {
  await currentMandate(svc, m.id);
  const saved = await svc.records.save('mandates', m);
  return saved;
};
