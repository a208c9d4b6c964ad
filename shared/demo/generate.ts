/**
 * Deterministic demo data: a plausible partnership office of the Baie-James territory,
 * for the demo mode, screenshots, tests and benchmarks (20k partners / 200k contacts).
 *
 * Determinism: everything comes from one seeded PRNG consumed in a fixed order, ids are
 * built from it (no `ulid`, no clock), and no Date.now() is read; the same options give
 * byte-identical JSON.
 *
 * Conventions the rest of the app can rely on:
 * - sectors are stored as sector ids from shared/reference (see its header);
 * - Partner.lastContactAt is the latest ContactEntry date of that partner, and
 *   Partner.nextStepAt is the nextStepAt of that latest entry (absent if it has none);
 * - every accepted candidacy has exactly one mandate (closed request → 'ended');
 * - partners with an active mandate are at step 'active', with an in_bank → active event;
 * - stamps increase in output order (partners, contacts, requests, candidacies, mandates)
 *   as if the whole demo had been imported on `today` on device 'demo-device'.
 * - People are invented (see vocab.ts); e-mails use example.org/example.com and phones
 *   the 555-01xx range reserved for fiction.
 */
import { formatStamp, tick, type Hlc } from '../clock/hlc';
import { AccompanimentStepId } from '../model/enums';
import type {
  ConsentMethod,
  DualRole,
  InterestSource,
  Language,
  Level,
  Participation,
  PipelineStep,
  RequestStatus,
  Role,
  Weekday,
  DayPeriod,
} from '../model/enums';
import type { AvailabilitySlot, Consent, ContactEntry, Partner, PipelineEvent, Training } from '../model/partner';
import type { AccompanimentStep, Candidacy, ExpenseEntry, HoursEntry, Mandate, PartnerRequest, ReferencePerson } from '../model/request';
import type { OfficeSettingsFields } from '../model/settings';
import { proposeStepDates } from '../logic/accompaniment';
import { sectorIds, type SectorId } from '../reference';
import { createRng, makeId } from './prng';
import * as V from './vocab';

export interface DemoOptions {
  seed?: number;
  partners?: number;
  contactsPerPartner?: number;
  requests?: number;
  today?: string;
}

export interface DemoData {
  settings: OfficeSettingsFields;
  partners: Partner[];
  contacts: ContactEntry[];
  requests: PartnerRequest[];
  candidacies: Candidacy[];
  mandates: Mandate[];
}

export const DEMO_DEVICE_ID = 'demo-device';
/** The day the demonstration bank is generated as of, unless told otherwise. */
export const DEMO_TODAY = '2026-11-23';
const DAY_MS = 86_400_000;
/** Instants fall in Quebec office hours (13:00–21:00 UTC ≈ 8:00–16:00 EST). */
const OFFICE_START_MIN = 13 * 60;

const REQUEST_PATH: RequestStatus[] = ['received', 'preparing', 'recruiting', 'filled', 'in_progress', 'closed'];
const BANK_PATH: PipelineStep[] = ['interest', 'first_contact', 'screening', 'preselected', 'trained', 'in_bank'];

interface PartnerInfo {
  p: Partner;
  final: PipelineStep;
  interestDay: number;
  inBankDay?: number;
  canContact: boolean;
  regular: boolean;
  neglected: boolean;
  star: boolean;
  candidacies: { c: Candidacy; title: string }[];
  /** Day the partner left the bank (inactive/withdrawn). */
  exitDay?: number;
  activeSince?: number;
  lastInstant: string;
}

const stripAccents = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9-]/g, '');

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

export function generateDemo(opts: DemoOptions = {}): DemoData {
  const seed = opts.seed ?? 1;
  const nPartners = Math.max(0, Math.floor(opts.partners ?? 60));
  const contactsAvg = Math.max(0, opts.contactsPerPartner ?? 3);
  const nRequests = Math.max(0, Math.floor(opts.requests ?? 12));
  const todayIso = opts.today ?? DEMO_TODAY;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(todayIso) || Number.isNaN(Date.parse(`${todayIso}T00:00:00Z`))) {
    throw new Error(`generateDemo: invalid today ${todayIso}`);
  }
  const T = Math.floor(Date.parse(`${todayIso}T00:00:00Z`) / DAY_MS);
  const rng = createRng(seed);

  // Cached because 200k contacts share a few thousand distinct days.
  const dayCache = new Map<number, string>();
  const iso = (day: number): string => {
    let s = dayCache.get(day);
    if (s === undefined) {
      s = new Date(day * DAY_MS).toISOString().slice(0, 10);
      dayCache.set(day, s);
    }
    return s;
  };
  const instantMs = (day: number, minute: number): number => day * DAY_MS + (OFFICE_START_MIN + Math.min(479, minute)) * 60_000;
  const instant = (day: number, minute: number): string => new Date(instantMs(day, minute)).toISOString();
  const randMinute = (): number => rng.int(0, 479);

  const base = (createdDay: number, createdMinute: number, updatedAt?: string) => {
    const ms = instantMs(createdDay, createdMinute);
    const createdAt = new Date(ms).toISOString();
    return {
      id: makeId(rng, ms),
      createdAt,
      updatedAt: updatedAt !== undefined && updatedAt > createdAt ? updatedAt : createdAt,
      deviceId: DEMO_DEVICE_ID,
      stamp: '',
    };
  };

  const settings: OfficeSettingsFields = {
    establishment: 'CRSSS de la Baie-James',
    officeName: 'Bureau du partenariat avec les usagers et leurs proches',
    coordinator: 'Geneviève Lapointe',
    phone: '418-555-0100',
    email: 'partenariat@example.org',
    address: 'C.P. 555, Chibougamau (Québec)',
    primaryColor: '#1f5f8b',
    accentColor: '#e07a1f',
    overloadMandates: 3,
    overloadHours: 60,
    followUpMonths: 6,
  };
  const coordinator = settings.coordinator;

  const phone = (): string => `${rng.pick(['418', '819', '581', '873'])}-555-01${pad2(rng.int(0, 99))}`;

  // ---------------------------------------------------------------- partners
  const infos: PartnerInfo[] = [];
  const finalWeights: (readonly [PipelineStep, number])[] = [
    ['interest', 6],
    ['first_contact', 6],
    ['screening', 6],
    ['preselected', 5],
    ['trained', 7],
    ['in_bank', 38],
    ['active', 22],
    ['inactive', 7],
    ['withdrawn', 3],
  ];
  const langWeights: (readonly [Language, number])[] = [
    ['fr', 66],
    ['en', 13],
    ['cr', 13],
    ['iu', 5],
    ['other', 3],
  ];
  const sourceWeights: (readonly [InterestSource, number])[] = [
    ['clinician', 35],
    ['info_session', 25],
    ['poster', 20],
    ['users_committee', 12],
    ['other', 8],
  ];
  const methods: ConsentMethod[] = ['written', 'verbal', 'electronic'];
  const dualRoles: DualRole[] = ['staff', 'staff_relative', 'users_committee', 'residents_committee', 'peer_helper', 'other'];
  const weekdays: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
  const periods: DayPeriod[] = ['morning', 'afternoon', 'evening'];
  const plainTraj = V.trajectories.filter((t) => !t.caregiver);
  const caregiverTraj = V.trajectories.filter((t) => t.caregiver);

  for (let i = 0; i < nPartners; i++) {
    // The first two are forced long-standing bank members: the over-solicited pair.
    const star = i < 2;
    const final: PipelineStep = star ? 'active' : rng.weighted(finalWeights);
    const language: Language = star ? 'fr' : rng.weighted(langWeights);

    let firstName: string;
    let lastName: string;
    let community: string;
    if (language === 'cr') {
      firstName = rng.pick(V.creeFirstNames);
      lastName = rng.pick(V.creeLastNames);
      community = rng.pick(V.creeCommunities);
    } else if (language === 'iu') {
      firstName = rng.pick(V.inuitFirstNames);
      lastName = rng.pick(V.inuitLastNames);
      community = rng.pick(V.inuitCommunities);
    } else {
      firstName = language === 'en' && rng.chance(0.5) ? rng.pick(V.creeFirstNames) : rng.pick(V.qcFirstNames);
      lastName = rng.pick(V.qcLastNames);
      community = rng.weighted(V.frCommunities);
    }
    const remote = language === 'cr' || language === 'iu' || community === 'Radisson';

    // Timeline of the pipeline.
    const finalIdx = BANK_PATH.indexOf(final);
    const reachesBank = finalIdx < 0 || finalIdx === BANK_PATH.length - 1;
    const lastPathIdx = reachesBank ? BANK_PATH.length - 1 : finalIdx;
    const gaps: number[] = [];
    for (let k = 0; k < lastPathIdx; k++) gaps.push(rng.int(5, 45));
    const span = gaps.reduce((a, b) => a + b, 0);
    const interestDay = star
      ? T - rng.int(1300, 1700)
      : reachesBank
        ? T - span - rng.int(60, 1800)
        : T - span - rng.int(3, 120);
    const history: PipelineEvent[] = [];
    const stepDays: number[] = [];
    let day = interestDay;
    for (let k = 0; k <= lastPathIdx; k++) {
      if (k > 0) day += gaps[k - 1] ?? 0;
      stepDays.push(day);
      const step = BANK_PATH[k] as PipelineStep;
      const ev: PipelineEvent = { at: instant(day, k * 10 + rng.int(0, 5)), to: step };
      if (k > 0) {
        ev.from = BANK_PATH[k - 1] as PipelineStep;
        ev.by = coordinator;
      }
      history.push(ev);
    }
    const inBankDay = reachesBank ? stepDays[BANK_PATH.length - 1] : undefined;
    let inactiveReason: string | undefined;
    let exitDay: number | undefined;
    if ((final === 'inactive' || final === 'withdrawn') && inBankDay !== undefined) {
      const d = Math.min(T, inBankDay + rng.int(30, Math.max(31, T - inBankDay)));
      const reason = final === 'inactive' ? rng.pick(V.inactiveReasons) : rng.pick(V.withdrawnReasons);
      inactiveReason = reason;
      exitDay = d;
      history.push({ at: instant(d, 200 + rng.int(0, 50)), from: 'in_bank', to: final, reason, by: coordinator });
      stepDays.push(d);
    }

    // Consents.
    const canContact = star || rng.chance(0.9);
    const consents: Partner['consents'] = {};
    if (canContact) consents.contact = { given: true, date: iso(interestDay), method: rng.pick(methods) };
    else if (rng.chance(0.4)) consents.contact = { given: false, date: iso(interestDay), method: 'verbal' };
    const screeningDay = stepDays[2];
    if (screeningDay !== undefined) {
      const bank: Consent = { given: true, date: iso(screeningDay), method: rng.chance(0.7) ? 'written' : rng.pick(methods) };
      if (rng.chance(0.1)) bank.expires = iso(screeningDay + 3 * 365);
      if (inactiveReason === 'Consentement retiré') {
        const last = history[history.length - 1];
        bank.given = false;
        bank.date = last ? last.at.slice(0, 10) : bank.date;
      }
      consents.bank = bank;
      const r = rng.next();
      if (r < 0.5) consents.publication = { given: true, date: iso(screeningDay), method: 'written' };
      else if (r < 0.7) consents.publication = { given: false, date: iso(screeningDay), method: 'written' };
    }

    // Roles, levels, experience.
    const rr = rng.next();
    const roles: Role[] = rr < 0.6 ? ['UPO'] : rr < 0.85 ? ['UPA'] : ['UPO', 'UPA'];
    const levels: Level[] = [];
    if (roles.includes('UPA')) levels.push('clinical');
    if (roles.includes('UPO')) {
      if (rng.chance(0.85)) levels.push('tactical');
      if (rng.chance(0.3) || levels.length === 0) levels.push('strategic');
    }
    const caregiver = rng.chance(0.2);
    const trajPool = caregiver ? caregiverTraj : plainTraj;
    const trajs = rng.sample(trajPool, rng.chance(0.3) ? 2 : 1);
    if (language === 'cr' && rng.chance(0.2)) trajs.push(V.creeSyllabicTrajectory);
    if (language === 'iu' && rng.chance(0.3)) trajs.push(V.inuitSyllabicTrajectory);
    const sectorSet = new Set<SectorId>();
    for (const t of trajs) for (const s of t.sectors) sectorSet.add(s);
    if (rng.chance(0.2)) sectorSet.add(rng.pick(sectorIds));

    const trainedDay = stepDays[4];
    const trainings: Training[] = [];
    if (trainedDay !== undefined) {
      trainings.push({ title: V.trainingTitles.base, date: iso(trainedDay) });
      if (roles.includes('UPA')) trainings.push({ title: V.trainingTitles.upa, date: iso(Math.min(T, trainedDay + rng.int(0, 60))) });
      const extra = rng.int(0, 2);
      for (const title of rng.sample(V.trainingTitles.others, extra)) {
        trainings.push({ title, date: iso(trainedDay + rng.int(0, Math.max(0, T - trainedDay))) });
      }
    }

    const participation: Participation[] = remote
      ? rng.chance(0.5)
        ? ['phone', 'video', 'in_person']
        : ['phone', 'video']
      : rng.chance(0.6)
        ? ['in_person', 'video']
        : rng.chance(0.5)
          ? ['in_person']
          : ['in_person', 'phone', 'video'];
    const availability: AvailabilitySlot[] = [];
    const nSlots = rng.int(0, 4);
    const seenSlot = new Set<string>();
    for (let k = 0; k < nSlots; k++) {
      const slot = { day: rng.pick(weekdays), period: rng.pick(periods) };
      const key = `${slot.day}-${slot.period}`;
      if (!seenSlot.has(key)) {
        seenSlot.add(key);
        availability.push(slot);
      }
    }

    let notes: string | undefined;
    if (language === 'cr' && rng.chance(0.15)) notes = rng.pick(V.creeSyllabicNotes);
    else if (language === 'iu' && rng.chance(0.25)) notes = rng.pick(V.inuitSyllabicNotes);
    else if (rng.chance(0.35)) notes = rng.pick(V.notes);

    const p: Partner = {
      ...base(interestDay, rng.int(0, 5)),
      draft: final === 'interest' && rng.chance(0.3),
      firstName,
      lastName,
      language,
      // Cree and Inuit partners commonly also speak English (no draw: the stream stays as it was).
      languages: language === 'cr' || language === 'iu' ? [language, 'en'] : [language],
      interpreter: language === 'iu' ? rng.chance(0.7) : language === 'cr' || language === 'other' ? rng.chance(0.4) : false,
      participation,
      availability,
      caregiver,
      sectors: [...sectorSet],
      trajectories: trajs.map((t) => t.text),
      roles,
      levels,
      trainings,
      consents,
      sharedExperiences: reachesBank && rng.chance(0.15) ? [rng.pick(V.sharedExperiences)] : [],
      dualRoles: [],
      community,
      step: final === 'active' ? 'in_bank' : final,
      history,
      archived: false,
    };
    if (language === 'other') p.languageOther = rng.pick(V.otherLanguages);
    if (rng.chance(0.9)) p.phone = phone();
    if (rng.chance(0.75)) {
      const suffix = rng.chance(0.3) ? String(rng.int(1, 99)) : '';
      p.email = `${stripAccents(firstName)}.${stripAccents(lastName)}${suffix}@${rng.chance(0.5) ? 'example.org' : 'example.com'}`;
    }
    if (notes !== undefined) p.notes = notes;
    if (rng.chance(0.2)) p.availabilityNote = rng.pick(V.availabilityNotes);
    p.source = rng.weighted(sourceWeights);
    if (!star && rng.chance(0.1)) {
      const d = rng.pick(dualRoles);
      p.dualRoles = [d];
      const note = V.dualRoleNotes[d];
      if (note !== undefined) p.dualRoleNote = note;
    }
    if (inactiveReason !== undefined) p.inactiveReason = inactiveReason;

    const lastEv = history[history.length - 1];
    const info: PartnerInfo = {
      p,
      final,
      interestDay,
      canContact,
      regular: star || rng.chance(0.15),
      // Old enough members only, so their stale log still starts after their first interest.
      neglected: !star && final === 'in_bank' && interestDay < T - 450 && rng.chance(0.2),
      star,
      candidacies: [],
      lastInstant: lastEv ? lastEv.at : p.createdAt,
    };
    if (inBankDay !== undefined) info.inBankDay = inBankDay;
    if (exitDay !== undefined) info.exitDay = exitDay;
    infos.push(info);
  }

  // ---------------------------------------------------------------- requests
  const cycle: RequestStatus[] = [
    'in_progress', 'recruiting', 'filled', 'closed', 'received', 'preparing',
    'cancelled', 'in_progress', 'closed', 'recruiting', 'in_progress', 'filled',
  ];
  const allStatuses: RequestStatus[] = ['received', 'preparing', 'recruiting', 'filled', 'in_progress', 'closed', 'cancelled'];
  const requests: PartnerRequest[] = [];
  const requestMeta: { r: PartnerRequest; recruitingDay: number; startDay: number; endDay: number }[] = [];
  let firstInProgress = true;

  for (let i = 0; i < nRequests; i++) {
    const tpl = V.requestTemplates[i % V.requestTemplates.length] as V.RequestTemplate;
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
    const path: RequestStatus[] =
      status === 'cancelled' ? ['received', 'preparing', 'cancelled'] : REQUEST_PATH.slice(0, REQUEST_PATH.indexOf(status) + 1);
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

    const refFirst = rng.pick(V.qcFirstNames);
    const refLast = rng.pick(V.qcLastNames);
    const reference: ReferencePerson = {
      name: `${refFirst} ${refLast}`,
      role: rng.pick(V.referenceRoles),
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
      title: i < V.requestTemplates.length ? tpl.title : `${tpl.title} (${iso(start).slice(0, 4)})`,
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
      r.outcome = rng.pick(V.outcomes);
      r.partnersInformed = rng.chance(0.5);
    }
    requests.push(r);
    requestMeta.push({ r, recruitingDay, startDay: start, endDay: end });
  }

  // ---------------------------------------------------------------- candidacies & mandates
  const candidacies: Candidacy[] = [];
  const mandates: Mandate[] = [];
  const stars = infos.filter((x) => x.star);
  const stepIds = AccompanimentStepId.options;

  for (const { r, recruitingDay, startDay, endDay } of requestMeta) {
    if (r.status === 'received' || r.status === 'preparing') continue;
    const receivedDay = recruitingDay - 14;
    const pool = infos.filter(
      (x) =>
        x.inBankDay !== undefined &&
        x.inBankDay < receivedDay &&
        x.canContact &&
        !x.neglected &&
        (x.final === 'in_bank' || x.final === 'active'),
    );
    const speaks = pool.filter((x) => r.languages.includes(x.p.language));
    const candidatesFrom = speaks.length >= r.seats + 3 ? speaks : pool;
    const regulars = candidatesFrom.filter((x) => x.regular);
    const isActive = r.status === 'filled' || r.status === 'in_progress';
    const nAccepted =
      r.status === 'filled' || r.status === 'in_progress' || r.status === 'closed'
        ? r.seats
        : r.status === 'recruiting'
          ? rng.int(0, r.seats - 1)
          : 0;
    const nOthers = rng.int(1, 3);
    const chosen: PartnerInfo[] = [];
    const taken = new Set<PartnerInfo>();
    if (isActive) {
      for (const s of stars) {
        if (chosen.length < nAccepted && s.inBankDay !== undefined && s.inBankDay < receivedDay) {
          chosen.push(s);
          taken.add(s);
        }
      }
    }
    const want = nAccepted + nOthers;
    let guard = 0;
    while (chosen.length < want && guard++ < want * 20 && candidatesFrom.length > 0) {
      const from = regulars.length > 0 && rng.chance(0.5) ? regulars : candidatesFrom;
      const x = rng.pick(from);
      if (taken.has(x) || x.star) continue;
      taken.add(x);
      chosen.push(x);
    }

    const contactHi = Math.min(T, Math.max(recruitingDay, startDay - 1));
    chosen.forEach((x, k) => {
      const accepted = k < nAccepted;
      let status: Candidacy['status'];
      if (accepted) status = 'accepted';
      else if (r.status === 'recruiting' || r.status === 'cancelled') status = rng.weighted([['shortlisted', 5], ['declined', 3], ['no_answer', 2]] as const);
      else status = rng.chance(0.6) ? 'declined' : 'no_answer';
      const contacted = status === 'shortlisted' ? undefined : rng.int(Math.min(recruitingDay, contactHi), contactHi);
      const c: Candidacy = {
        ...base(recruitingDay, rng.int(0, 30), contacted !== undefined ? instant(contacted, 300 + rng.int(0, 100)) : undefined),
        requestId: r.id,
        partnerId: x.p.id,
        status,
      };
      if (contacted !== undefined) c.contactedAt = iso(contacted);
      if (status === 'declined') c.declineReason = rng.pick(V.declineReasons);
      candidacies.push(c);
      x.candidacies.push({ c, title: r.title });

      if (!accepted || contacted === undefined) return;
      const mStatus: Mandate['status'] = r.status === 'closed' ? 'ended' : 'active';
      if (mStatus === 'active' && (x.activeSince === undefined || contacted < x.activeSince)) x.activeSince = contacted;

      const planned = proposeStepDates(r.startDate, r.endDate);
      let lastDay = contacted;
      const steps: AccompanimentStep[] = stepIds.map((id) => {
        const step: AccompanimentStep = { id };
        const pl = planned[id];
        if (pl === undefined) return step;
        step.planned = pl;
        const plDay = Math.floor(Date.parse(`${pl}T00:00:00Z`) / DAY_MS);
        const doneLikely = id === 'outcome_feedback' ? r.partnersInformed === true : rng.chance(0.85);
        if (plDay < T && doneLikely) {
          const d = Math.min(T, Math.max(contacted, plDay + rng.int(-3, 5)));
          step.done = iso(d);
          lastDay = Math.max(lastDay, d);
          if (rng.chance(0.3)) step.notes = rng.pick(V.stepNotes);
          if (id === 'survey_partner') step.answers = { experience: rng.pick(V.surveyAnswers), suggestions: rng.pick(V.surveyAnswers) };
        }
        return step;
      });

      const hours: HoursEntry[] = [];
      const expenseLog: ExpenseEntry[] = [];
      const every = r.frequency?.includes('deux semaines') ? 14 : 30;
      const inPerson = r.formats.includes('in_person') && x.p.participation.includes('in_person');
      for (let d = startDay; d <= Math.min(endDay, T) && hours.length < 12; d += every) {
        hours.push({ date: iso(d), hours: rng.int(3, 6) / 2 });
        lastDay = Math.max(lastDay, d);
        if (inPerson && rng.chance(0.6)) {
          const km = rng.int(8, 120);
          expenseLog.push({ date: iso(d), kind: 'mileage', amount: Math.round(km * 0.55 * 100) / 100, note: `${km} km aller-retour` });
        }
        if (inPerson && rng.chance(0.3)) expenseLog.push({ date: iso(d), kind: 'parking', amount: rng.int(5, 12) });
      }

      const honoraria = r.compensation?.includes('50 $') ?? false;
      const m: Mandate = {
        ...base(contacted, 400 + rng.int(0, 50), instant(Math.min(T, lastDay), 460)),
        requestId: r.id,
        partnerId: x.p.id,
        role: r.level === 'clinical' ? 'Usager partenaire accompagnateur (UPA)' : 'Usager partenaire de l\'organisation (UPO)',
        responsibilities:
          r.level === 'clinical'
            ? 'Accompagner des usagers vivant une situation semblable; partager son expérience; signaler à l\'équipe toute situation préoccupante.'
            : 'Participer aux rencontres; partager son expérience d\'usager; commenter les documents de travail; proposer des pistes d\'amélioration.',
        commitment: `Environ ${r.hoursExpected ?? 10} h au total`,
        schedule: r.frequency ?? 'À déterminer',
        place: r.community ? `${r.community} ou en visioconférence` : 'Visioconférence',
        format: [...r.formats],
        reference: { ...r.reference },
        confidentiality: true,
        recognition: {
          attestation: true,
          expenses: ['mileage', 'parking'],
          honoraria,
          paymentDeclined: honoraria && rng.chance(0.15),
          ...(honoraria ? { honorariaAmount: 50 } : {}),
        },
        language: x.p.language === 'fr' || x.p.language === 'other' ? 'fr' : 'en',
        status: mStatus,
        steps,
        hours,
        expenseLog,
      };
      if (r.startDate !== undefined) m.startDate = r.startDate;
      if (r.endDate !== undefined) m.endDate = r.endDate;
      mandates.push(m);
    });
  }

  // ---------------------------------------------------------------- pipeline step 'active'
  for (const x of infos) {
    if (x.activeSince !== undefined && (x.p.step === 'in_bank' || x.p.step === 'active')) {
      const ev: PipelineEvent = { at: instant(x.activeSince, 470), from: 'in_bank', to: 'active', by: coordinator };
      x.p.history.push(ev);
      x.p.step = 'active';
      if (ev.at > x.lastInstant) x.lastInstant = ev.at;
    }
  }

  // ---------------------------------------------------------------- contact log
  const contacts: ContactEntry[] = [];
  // Partners still at 'interest' have no log, so the others carry a little more to keep the requested average.
  const maxK = Math.max(1, Math.round(2 * contactsAvg * 1.06 - 1));
  for (const x of infos) {
    const p = x.p;
    const k = x.final === 'interest' || contactsAvg === 0 ? 0 : rng.int(1, maxK);
    const entries: { day: number; channel: ContactEntry['channel']; summary: string }[] = [];
    for (const { c, title } of x.candidacies) {
      if (c.contactedAt === undefined) continue;
      const outcome = c.status === 'accepted' ? 'accepte de participer' : c.status === 'declined' ? 'décline' : 'pas de réponse';
      entries.push({
        day: Math.floor(Date.parse(`${c.contactedAt}T00:00:00Z`) / DAY_MS),
        channel: 'call',
        summary: `Proposition du projet « ${title} » : ${outcome}.`,
      });
    }
    // Nobody is called after withdrawing; the log of an inactive partner stops with their exit.
    const hi = x.neglected ? T - rng.int(200, 400) : x.exitDay !== undefined ? x.exitDay : T;
    const lo = Math.min(hi, Math.max(x.interestDay, T - 730));
    for (let n = entries.length; n < k; n++) {
      const [channel, summary] = rng.pick(V.contactTemplates);
      entries.push({ day: rng.int(lo, hi), channel, summary });
    }
    entries.sort((a, b) => a.day - b.day);
    let last: ContactEntry | undefined;
    let prevDay = -1;
    let prevMinute = 0;
    entries.forEach((e, idx) => {
      // Same-day entries get increasing times, so "latest entry" means the same by date or by createdAt.
      const minute = e.day === prevDay ? Math.min(479, prevMinute + rng.int(1, 30)) : randMinute();
      prevDay = e.day;
      prevMinute = minute;
      const isLast = idx === entries.length - 1;
      // Literal rather than spread of base(): this loop runs 200k times in the benchmark.
      const ms = instantMs(e.day, minute);
      const at = new Date(ms).toISOString();
      const ce: ContactEntry = {
        id: makeId(rng, ms),
        createdAt: at,
        updatedAt: at,
        deviceId: DEMO_DEVICE_ID,
        stamp: '',
        partnerId: p.id,
        date: iso(e.day),
        channel: e.channel,
        summary: e.summary,
      };
      if (rng.chance(isLast ? 0.5 : 0.3)) ce.nextStepAt = iso(e.day + rng.int(7, 60));
      contacts.push(ce);
      last = ce;
    });
    if (last !== undefined) {
      p.lastContactAt = last.date;
      if (last.nextStepAt !== undefined) p.nextStepAt = last.nextStepAt;
      if (last.updatedAt > x.lastInstant) x.lastInstant = last.updatedAt;
    }
    if (x.lastInstant > p.updatedAt) p.updatedAt = x.lastInstant;
  }

  // ---------------------------------------------------------------- stamps
  // The demo is one import made on `today` after office hours, so every stamp is later than any updatedAt.
  let clock: Hlc = { wall: (T + 1) * DAY_MS - 60_000, counter: 0 };
  const importWall = clock.wall;
  const stampAll = (records: { stamp: string }[]): void => {
    for (const rec of records) {
      clock = tick(clock, importWall);
      rec.stamp = formatStamp(clock, DEMO_DEVICE_ID);
    }
  };
  const partners = infos.map((x) => x.p);
  stampAll(partners);
  stampAll(contacts);
  stampAll(requests);
  stampAll(candidacies);
  stampAll(mandates);

  return { settings, partners, contacts, requests, candidacies, mandates };
}
