import type { ConsentMethod, DayPeriod, DualRole, InterestSource, Language, Level, Participation, PipelineStep, Role, Weekday } from '../model/enums';
import type { AvailabilitySlot, Consent, Partner, PipelineEvent, Training } from '../model/partner';
import type { Candidacy } from '../model/request';
import { sectorIds, type SectorId } from '../reference';
import { stripAccents, type DemoContext } from './context';
import * as N from './names';
import * as V from './vocab';

const BANK_PATH: PipelineStep[] = ['interest', 'first_contact', 'screening', 'preselected', 'trained', 'in_bank'];

/** A generated partner and what the later parts (engagements, contact log) need to know of her. */
export interface PartnerInfo {
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

/** The partners: names by language and community, pipeline timeline, consents, roles, experience. */
export const makePartners = (ctx: DemoContext, nPartners: number): PartnerInfo[] => {
  const { rng, T, iso, instant, base, phone, coordinator } = ctx;
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
      firstName = rng.pick(N.creeFirstNames);
      lastName = rng.pick(N.creeLastNames);
      community = rng.pick(N.creeCommunities);
    } else if (language === 'iu') {
      firstName = rng.pick(N.inuitFirstNames);
      lastName = rng.pick(N.inuitLastNames);
      community = rng.pick(N.inuitCommunities);
    } else {
      firstName = language === 'en' && rng.chance(0.5) ? rng.pick(N.creeFirstNames) : rng.pick(N.qcFirstNames);
      lastName = rng.pick(N.qcLastNames);
      community = rng.weighted(N.frCommunities);
    }
    const remote = language === 'cr' || language === 'iu' || community === 'Radisson';

    // Timeline of the pipeline.
    const finalIdx = BANK_PATH.indexOf(final);
    const reachesBank = finalIdx < 0 || finalIdx === BANK_PATH.length - 1;
    const lastPathIdx = reachesBank ? BANK_PATH.length - 1 : finalIdx;
    const gaps: number[] = [];
    for (let k = 0; k < lastPathIdx; k++) gaps.push(rng.int(5, 45));
    const span = gaps.reduce((a, b) => a + b, 0);
    const interestDay = star ? T - rng.int(1300, 1700) : reachesBank ? T - span - rng.int(60, 1800) : T - span - rng.int(3, 120);
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
  return infos;
};
