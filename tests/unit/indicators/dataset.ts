import type { PipelineStep } from '../../../shared/model';
import type {
  CommitteeInput,
  CommitteeMemberInput,
  IndicatorInputs,
  SessionInput,
  SurveyInstrumentInput,
  SurveyResponseInput,
} from '../../../shared/logic/indicators';
import { mandate, partner, request } from '../logic/factory';

/**
 * A small office worked out by hand in indicators.test.ts. The reporting year is 2025;
 * every date is chosen so each rule has a case on either side of its boundary.
 */
const at = (d: string) => `${d}T15:00:00.000Z`;
const hist = (...events: [string, PipelineStep][]) => events.map(([d, to]) => ({ at: at(d), to }));

export const A = partner({
  id: 'PA00000001',
  levels: ['clinical', 'tactical'],
  sectors: ['mental_health_addiction'],
  language: 'fr',
  community: 'Chibougamau',
  step: 'active',
  history: hist(
    ['2025-01-10', 'interest'],
    ['2025-01-20', 'first_contact'],
    ['2025-02-01', 'screening'],
    ['2025-03-01', 'trained'],
    ['2025-03-15', 'in_bank'],
    ['2025-04-01', 'active'],
  ),
});
export const B = partner({
  id: 'PB00000001',
  levels: ['strategic'],
  sectors: ['oncology'],
  language: 'en',
  languages: ['en', 'cr'],
  community: 'Chisasibi',
  step: 'in_bank',
  history: hist(['2024-05-01', 'in_bank']),
});
export const C = partner({
  id: 'PC00000001',
  language: 'cr',
  community: '',
  step: 'first_contact',
  history: hist(['2025-11-01', 'interest'], ['2025-11-21', 'first_contact']),
});
/** No history: taken to have been in the bank since its creation (2025-01-10). */
export const D = partner({ id: 'PD00000001', levels: ['tactical'], language: 'fr', community: ' Chibougamau ', step: 'in_bank', history: [] });
export const E = partner({ id: 'PE00000001', deleted: 1, step: 'in_bank', levels: ['clinical'] });
export const F = partner({
  id: 'PF00000001',
  levels: ['clinical'],
  language: 'fr',
  community: 'Mistissini',
  step: 'withdrawn',
  history: hist(['2024-01-01', 'in_bank'], ['2025-06-01', 'withdrawn']),
});

export const r1 = request({
  id: 'R100000001',
  receivedAt: '2025-03-01',
  status: 'in_progress',
  statusHistory: [
    { at: at('2025-03-01'), to: 'received' },
    { at: at('2025-03-20'), to: 'filled' },
    { at: at('2025-04-01'), to: 'in_progress' },
  ],
});
export const r2 = request({ id: 'R200000001', receivedAt: '2024-12-01', status: 'filled', statusHistory: [{ at: at('2025-01-10'), to: 'filled' }] });
export const r3 = request({ id: 'R300000001', receivedAt: '2025-06-01', status: 'cancelled', statusHistory: [{ at: at('2025-07-01'), to: 'cancelled' }] });
export const r4 = request({ id: 'R400000001', receivedAt: '2025-10-01', status: 'recruiting' });
export const r5 = request({ id: 'R500000001', receivedAt: '2025-10-02', deleted: 1 });

export const m1 = mandate(A.id, {
  id: 'M100000001',
  requestId: r1.id,
  createdAt: at('2025-03-20'),
  startDate: '2025-04-01',
  status: 'active',
  steps: [
    { id: 'welcome_partner', planned: '2025-03-25', done: '2025-03-25' },
    { id: 'prep_team', planned: '2025-03-18', done: '2025-03-28' },
    { id: 'mid_partner', planned: '2025-09-01' },
    { id: 'end_partner', planned: '2026-02-01' },
  ],
  hours: [
    { date: '2025-05-01', hours: 30 },
    { date: '2025-09-01', hours: 35 },
    { date: '2024-11-01', hours: 50 },
  ],
});
export const m2 = mandate(F.id, {
  id: 'M200000001',
  requestId: r2.id,
  createdAt: at('2025-01-10'),
  startDate: '2025-01-15',
  endDate: '2025-03-31',
  status: 'ended',
  steps: [{ id: 'survey_partner', planned: '2025-04-14', done: '2025-04-10' }],
});
export const m3 = mandate(B.id, {
  id: 'M300000001',
  requestId: r1.id,
  createdAt: at('2025-03-01'),
  startDate: '2025-03-05',
  status: 'cancelled',
  steps: [{ id: 'welcome_partner', planned: '2025-03-04' }],
});
export const m4 = mandate(D.id, { id: 'M400000001', requestId: r4.id, createdAt: at('2025-10-05'), startDate: '2025-10-05', deleted: 1 });

export const committees: CommitteeInput[] = [
  { id: 'c1', name: 'Comité de gestion des risques', type: 'user_safety', seats: 2 },
  { id: 'c2', name: 'Comité de prévention des chutes', type: 'user_safety', seats: 1 },
  { id: 'c3', name: 'Comité qualité', type: 'quality', seats: 1 },
  { id: 'c4', name: 'Ancien comité', type: 'user_safety', seats: 3, deleted: 1 },
];
export const committeeMembers: CommitteeMemberInput[] = [
  { committeeId: 'c1', partnerId: B.id, termStart: '2025-02-01', termEnd: '2027-01-31' },
  { committeeId: 'c3', partnerId: A.id, termStart: '2024-01-01', termEnd: '2025-06-30' },
  { committeeId: 'c2', partnerId: F.id, termStart: '2025-01-01', leftOn: '2025-05-01' },
];

export const sessions: SessionInput[] = [
  { kind: 'partners', date: '2025-02-10', attendeeIds: [A.id, D.id], otherAttendees: 0 },
  { kind: 'staff', date: '2025-05-05', attendeeIds: [], otherAttendees: 12 },
  { kind: 'information', date: '2025-09-09', attendeeIds: [C.id], otherAttendees: 20 },
  { kind: 'staff', date: '2024-12-12', attendeeIds: [], otherAttendees: 30 },
  { kind: 'managers', date: '2025-03-03', attendeeIds: [], otherAttendees: 9, deleted: 1 },
];

export const instruments: SurveyInstrumentInput[] = [
  {
    id: 'i1',
    title: { fr: 'Après la participation', en: 'After taking part' },
    questions: [
      { id: 'q1', kind: 'scale', scaleMax: 5 },
      { id: 'q2', kind: 'text' },
      { id: 'q3', kind: 'scale', scaleMax: 5 },
    ],
  },
  { id: 'i2', title: { fr: 'Appréciation de la formation', en: 'Training appreciation' }, questions: [{ id: 'q1', kind: 'scale', scaleMax: 10 }] },
];
export const responses: SurveyResponseInput[] = [
  { instrumentId: 'i1', date: '2025-04-20', answers: { q1: 5, q2: 'Très bien', q3: 3 } },
  { instrumentId: 'i1', date: '2025-08-02', answers: { q1: 4, q3: 4 } },
  { instrumentId: 'i2', date: '2025-02-11', answers: { q1: 9 } },
  { instrumentId: 'i2', date: '2025-02-11', answers: { q1: 7 } },
  { instrumentId: 'i1', date: '2024-06-01', answers: { q1: 1, q3: 1 } },
];

export const coreInputs: IndicatorInputs = {
  partners: [A, B, C, D, E, F],
  requests: [r1, r2, r3, r4, r5],
  mandates: [m1, m2, m3, m4],
  candidacies: [],
  settings: { overloadMandates: 3, overloadHours: 60 },
};

export const fullInputs: IndicatorInputs = {
  ...coreInputs,
  committees,
  committeeMembers,
  sessions,
  surveyInstruments: instruments,
  surveyResponses: responses,
};
