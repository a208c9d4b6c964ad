import { proposeStepDates } from '../../../../shared/logic/accompaniment';
import type { RecordBase } from '../../../../shared/model/base';
import { AccompanimentStepId, type CandidacyStatus, type RequestStatus } from '../../../../shared/model/enums';
import type { Partner } from '../../../../shared/model/partner';
import type { AccompanimentStep, Candidacy, Mandate, PartnerRequest, Readiness, RequestFields } from '../../../../shared/model/request';
import { getServices } from '../../db/services';
import { live } from '../../db/records';
import { todayIso } from '../../i18n/format';
import { useBank } from '../../store/bank';

type Unsaved<T> = Omit<T, keyof RecordBase> & { id?: string };


const currentRequest = async (id: string): Promise<PartnerRequest> => {
  const r = await getServices().db.requests.get(id);
  if (!r || r.deleted) throw new Error('not_found');
  return r;
};

const currentMandate = async (id: string): Promise<Mandate> => {
  const m = await getServices().db.mandates.get(id);
  if (!m || m.deleted) throw new Error('not_found');
  return m;
};

/** A new request starts "received"; its arrival date and first status are kept. */
export const createRequest = async (fields: RequestFields): Promise<PartnerRequest> =>
  getServices().records.save('requests', {
    ...fields,
    status: 'received',
    statusHistory: [{ at: new Date().toISOString(), to: 'received' }],
    readiness: { prepMeetingHeld: false, roleDefined: false, referenceNamed: Boolean(fields.reference.name) },
    receivedAt: todayIso(),
  });

export const updateRequest = async (id: string, fields: RequestFields): Promise<PartnerRequest> => {
  const r = await currentRequest(id);
  return getServices().records.save('requests', { ...r, ...fields, id });
};

export const setReadiness = async (id: string, readiness: Readiness): Promise<PartnerRequest> => {
  const r = await currentRequest(id);
  return getServices().records.save('requests', { ...r, readiness, id });
};

export const isReady = (r: Pick<PartnerRequest, 'readiness'>): boolean =>
  r.readiness.prepMeetingHeld && r.readiness.roleDefined && r.readiness.referenceNamed;

/** Every change of status is dated in the history, so a successor can see how the request went. */
export const changeStatus = async (
  id: string,
  to: RequestStatus,
  extra: { note?: string; outcome?: string; partnersInformed?: boolean } = {},
): Promise<PartnerRequest> => {
  const r = await currentRequest(id);
  const note = extra.note?.trim() || undefined;
  const next: Unsaved<PartnerRequest> = {
    ...r,
    id,
    status: to,
    statusHistory: [...r.statusHistory, note ? { at: new Date().toISOString(), to, note } : { at: new Date().toISOString(), to }],
  };
  if (to === 'closed') {
    next.outcome = extra.outcome?.trim() || undefined;
    next.partnersInformed = extra.partnersInformed ?? false;
  }
  const saved = await getServices().records.save('requests', next);
  // Closing or cancelling ends the mandates still running on it.
  if (to === 'closed' || to === 'cancelled') {
    const { db, records } = getServices();
    const mandates = live(await db.mandates.where('requestId').equals(id).toArray());
    for (const m of mandates) {
      if (m.status === 'active') await records.save('mandates', { ...m, status: to === 'closed' ? 'ended' : 'cancelled' });
    }
    await useBank.getState().refreshLoads();
  }
  return saved;
};

export const shortlist = async (requestId: string, partnerId: string): Promise<Candidacy> => {
  const { db, records } = getServices();
  const existing = await db.candidacies.where('[requestId+partnerId]').equals([requestId, partnerId]).first();
  const saved = await records.save('candidacies', {
    ...(existing && !existing.deleted ? existing : {}),
    id: existing?.id,
    requestId,
    partnerId,
    status: existing && !existing.deleted ? existing.status : 'shortlisted',
  });
  await useBank.getState().refreshLoads();
  return saved;
};

export const removeFromShortlist = async (id: string): Promise<void> => {
  await getServices().records.remove('candidacies', id);
  await useBank.getState().refreshLoads();
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
export const createMandate = async (request: PartnerRequest, partner: Partner, texts: { role: string; commitment: string }): Promise<Mandate> => {
  const { db, records } = getServices();
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
  await useBank.getState().refreshLoads();
  return saved;
};

/** Records what came of asking someone; the contact date is kept for the load and the history. */
export const setCandidacyOutcome = async (
  c: Candidacy,
  status: CandidacyStatus,
  declineReason?: string,
): Promise<Candidacy> => {
  const saved = await getServices().records.save('candidacies', {
    ...c,
    status,
    declineReason: status === 'declined' ? declineReason?.trim() || undefined : undefined,
    contactedAt: status === 'shortlisted' ? c.contactedAt : (c.contactedAt ?? todayIso()),
  });
  await useBank.getState().refreshLoads();
  return saved;
};

/** When the last seat is filled while recruiting, the request moves to "filled" by itself. */
export const markFilledIfComplete = async (requestId: string): Promise<boolean> => {
  const { db } = getServices();
  const r = await currentRequest(requestId);
  if (r.status !== 'recruiting' && r.status !== 'preparing' && r.status !== 'received') return false;
  const accepted = live(await db.candidacies.where('requestId').equals(requestId).toArray()).filter((c) => c.status === 'accepted').length;
  if (accepted < r.seats) return false;
  await changeStatus(requestId, 'filled');
  return true;
};

export const saveMandate = async (m: Mandate): Promise<Mandate> => {
  await currentMandate(m.id);
  const saved = await getServices().records.save('mandates', m);
  await useBank.getState().refreshLoads();
  return saved;
};
