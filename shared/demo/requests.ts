import type { Participation, RequestStatus } from '../model/enums';
import type { PartnerRequest, ReferencePerson } from '../model/request';
import { stripAccents, type DemoContext } from './context';
import * as N from './names';
import * as R from './request-vocab';

const REQUEST_PATH: RequestStatus[] = ['received', 'preparing', 'recruiting', 'filled', 'in_progress', 'closed'];

export interface RequestMeta {
  r: PartnerRequest;
  recruitingDay: number;
  startDay: number;
  endDay: number;
}

/** The requests: a fixed cycle of statuses, each with a dated history and plausible dates. */
export const makeRequests = (ctx: DemoContext, nRequests: number): RequestMeta[] => {
  const { rng, T, iso, instant, base, phone } = ctx;
  const cycle: RequestStatus[] = [
    'in_progress',
    'recruiting',
    'filled',
    'closed',
    'received',
    'preparing',
    'cancelled',
    'in_progress',
    'closed',
    'recruiting',
    'in_progress',
    'filled',
  ];
  const allStatuses: RequestStatus[] = ['received', 'preparing', 'recruiting', 'filled', 'in_progress', 'closed', 'cancelled'];
  const requests: PartnerRequest[] = [];
  const requestMeta: { r: PartnerRequest; recruitingDay: number; startDay: number; endDay: number }[] = [];
  let firstInProgress = true;

  for (let i = 0; i < nRequests; i++) {
    const tpl = R.requestTemplates[i % R.requestTemplates.length] as R.RequestTemplate;
    const status: RequestStatus = cycle[i] ?? rng.pick(allStatuses);
    let received: number;
    let start: number;
    let end: number;
    switch (status) {
      case 'received':
        received = T - rng.int(1, 15);
        start = T + rng.int(45, 90);
        end = start + rng.int(90, 240);
        break;
      case 'preparing':
        received = T - rng.int(10, 40);
        start = T + rng.int(30, 75);
        end = start + rng.int(90, 240);
        break;
      case 'recruiting':
        received = T - rng.int(30, 80);
        start = T + rng.int(10, 45);
        end = start + rng.int(90, 240);
        break;
      case 'filled':
        received = T - rng.int(60, 120);
        start = T + rng.int(-10, 20);
        end = start + rng.int(120, 270);
        break;
      case 'in_progress':
        if (firstInProgress) {
          // Midpoint lands three days ahead so the home screen has something due this week.
          firstInProgress = false;
          const half = rng.int(60, 120);
          start = T + 3 - half;
          end = T + 3 + half;
        } else {
          start = T - rng.int(30, 150);
          end = T + rng.int(20, 200);
        }
        received = start - rng.int(60, 120);
        break;
      case 'closed':
        end = T - rng.int(10, 200);
        start = end - rng.int(90, 240);
        received = start - rng.int(60, 120);
        break;
      case 'cancelled':
        received = T - rng.int(60, 250);
        start = received + rng.int(60, 90);
        end = start + rng.int(90, 180);
        break;
    }

    // Status history: each step after the previous, none after today.
    const path: RequestStatus[] = status === 'cancelled' ? ['received', 'preparing', 'cancelled'] : REQUEST_PATH.slice(0, REQUEST_PATH.indexOf(status) + 1);
    const ideal: Record<RequestStatus, number> = {
      received,
      preparing: received + rng.int(2, 10),
      recruiting: received + rng.int(14, 30),
      filled: start - rng.int(3, 15),
      in_progress: start,
      closed: end + rng.int(5, 30),
      cancelled: received + rng.int(20, 50),
    };
    const statusHistory: PartnerRequest['statusHistory'] = [];
    let prev = received;
    let recruitingDay = ideal.recruiting;
    path.forEach((s, k) => {
      const d = Math.min(T, Math.max(prev, ideal[s]));
      prev = d;
      if (s === 'recruiting') recruitingDay = d;
      const ev: PartnerRequest['statusHistory'][number] = { at: instant(d, k * 20 + rng.int(0, 10)), to: s };
      if (s === 'cancelled') ev.note = 'Projet reporté par la direction';
      statusHistory.push(ev);
    });
    if (status === 'received' || status === 'preparing') recruitingDay = Math.min(T, ideal.recruiting);

    const refFirst = rng.pick(N.qcFirstNames);
    const refLast = rng.pick(N.qcLastNames);
    const reference: ReferencePerson = {
      name: `${refFirst} ${refLast}`,
      role: rng.pick(R.referenceRoles),
      phone: phone(),
      email: `${stripAccents(refFirst)}.${stripAccents(refLast)}@example.com`,
    };
    const readiness =
      status === 'received'
        ? { prepMeetingHeld: false, roleDefined: false, referenceNamed: rng.chance(0.5) }
        : status === 'preparing'
          ? { prepMeetingHeld: false, roleDefined: rng.chance(0.5), referenceNamed: true }
          : { prepMeetingHeld: true, roleDefined: true, referenceNamed: true };
    const formats: Participation[] = tpl.community ? ['in_person', 'video'] : rng.chance(0.5) ? ['video', 'phone'] : ['video'];
    const lastHist = statusHistory[statusHistory.length - 1];
    const r: PartnerRequest = {
      ...base(received, rng.int(0, 5), lastHist?.at),
      title: i < R.requestTemplates.length ? tpl.title : `${tpl.title} (${iso(start).slice(0, 4)})`,
      directorate: tpl.directorate,
      team: tpl.team,
      reference,
      level: tpl.level,
      context: tpl.context,
      sectors: [...tpl.sectors],
      trajectories: [...tpl.trajectories],
      languages: [...tpl.languages],
      remoteOk: !tpl.community || rng.chance(0.7),
      seats: tpl.level === 'strategic' ? 1 : rng.int(2, 3),
      startDate: iso(start),
      endDate: iso(end),
      frequency: tpl.frequency,
      formats,
      hoursExpected: tpl.hoursExpected,
      compensation: rng.chance(0.3)
        ? 'Remboursement du kilométrage et du stationnement; compensation de 50 $ par rencontre; attestation de participation'
        : 'Remboursement du kilométrage et du stationnement; attestation de participation',
      status,
      statusHistory,
      readiness,
      receivedAt: iso(received),
    };
    if (tpl.community) r.community = tpl.community;
    if (status === 'closed') {
      r.outcome = rng.pick(R.outcomes);
      r.partnersInformed = rng.chance(0.5);
    }
    requests.push(r);
    requestMeta.push({ r, recruitingDay, startDay: start, endDay: end });
  }
  return requestMeta;
};
