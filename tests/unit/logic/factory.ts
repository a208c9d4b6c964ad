import type { Candidacy, ContactEntry, Mandate, Partner, PartnerRequest } from '../../../shared/model';

/** Small hand-made records for logic tests; every field a test does not care about is filled. */

let seq = 0;
const nextId = (prefix: string): string => `${prefix}${String(++seq).padStart(10, '0')}`;

const base = (prefix: string, id?: string) => ({
  id: id ?? nextId(prefix),
  createdAt: '2025-01-10T14:00:00.000Z',
  updatedAt: '2025-01-10T14:00:00.000Z',
  deviceId: 'test-device',
  stamp: '0000000000001-0000-test-device',
});

export const TODAY = '2026-06-15';

export const partner = (over: Partial<Partner> = {}): Partner => ({
  ...base('P'),
  draft: false,
  firstName: 'Alex',
  lastName: 'Gagnon',
  language: 'fr',
  languages: [],
  interpreter: false,
  participation: [],
  availability: [],
  caregiver: false,
  sectors: [],
  trajectories: [],
  roles: [],
  levels: [],
  trainings: [{ title: 'Formation de base', date: '2025-02-01' }],
  consents: {
    bank: { given: true, date: '2025-06-01', method: 'written' },
    contact: { given: true, date: '2025-06-01', method: 'written' },
  },
  sharedExperiences: [],
  dualRoles: [],
  step: 'in_bank',
  history: [],
  archived: false,
  lastContactAt: '2026-06-01',
  ...over,
});

export const contact = (partnerId: string, date: string, over: Partial<ContactEntry> = {}): ContactEntry => ({
  ...base('C'),
  partnerId,
  date,
  channel: 'call',
  summary: 'Appel de suivi',
  ...over,
});

export const request = (over: Partial<PartnerRequest> = {}): PartnerRequest => ({
  ...base('R'),
  title: 'Comité d’amélioration',
  reference: { name: 'Personne ressource' },
  sectors: [],
  trajectories: [],
  languages: [],
  remoteOk: true,
  seats: 1,
  formats: [],
  status: 'recruiting',
  statusHistory: [],
  readiness: { prepMeetingHeld: true, roleDefined: true, referenceNamed: true },
  receivedAt: '2026-06-01',
  ...over,
});

export const mandate = (partnerId: string, over: Partial<Mandate> = {}): Mandate => ({
  ...base('M'),
  requestId: nextId('R'),
  partnerId,
  role: 'Membre du comité',
  responsibilities: '',
  commitment: '',
  schedule: '',
  place: '',
  format: [],
  reference: { name: 'Personne ressource' },
  confidentiality: true,
  recognition: { attestation: true, expenses: ['mileage'], honoraria: false, paymentDeclined: false },
  language: 'fr',
  status: 'active',
  steps: [],
  hours: [],
  expenseLog: [],
  ...over,
});

export const candidacy = (partnerId: string, requestId: string, over: Partial<Candidacy> = {}): Candidacy => ({
  ...base('K'),
  requestId,
  partnerId,
  status: 'shortlisted',
  ...over,
});
