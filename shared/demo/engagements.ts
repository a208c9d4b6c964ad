import { proposeStepDates } from '../logic/accompaniment';
import { AccompanimentStepId } from '../model/enums';
import type { PipelineEvent } from '../model/partner';
import type { AccompanimentStep, Candidacy, ExpenseEntry, HoursEntry, Mandate } from '../model/request';
import { DAY_MS, type DemoContext } from './context';
import type { PartnerInfo } from './partners';
import type { RequestMeta } from './requests';
import * as V from './vocab';

/**
 * Who was asked for each request and what came of it: candidacies, and a mandate (with
 * steps, hours and expenses) for each acceptance; partners with an active mandate move to
 * step 'active'.
 */
export const makeEngagements = (ctx: DemoContext, infos: PartnerInfo[], requestMeta: RequestMeta[]): { candidacies: Candidacy[]; mandates: Mandate[] } => {
  const { rng, T, iso, instant, base, coordinator } = ctx;
  const candidacies: Candidacy[] = [];
  const mandates: Mandate[] = [];
  const stars = infos.filter((x) => x.star);
  const stepIds = AccompanimentStepId.options;

  for (const { r, recruitingDay, startDay, endDay } of requestMeta) {
    if (r.status === 'received' || r.status === 'preparing') continue;
    const receivedDay = recruitingDay - 14;
    const pool = infos.filter(
      (x) => x.inBankDay !== undefined && x.inBankDay < receivedDay && x.canContact && !x.neglected && (x.final === 'in_bank' || x.final === 'active'),
    );
    const speaks = pool.filter((x) => r.languages.includes(x.p.language));
    const candidatesFrom = speaks.length >= r.seats + 3 ? speaks : pool;
    const regulars = candidatesFrom.filter((x) => x.regular);
    const isActive = r.status === 'filled' || r.status === 'in_progress';
    const nAccepted =
      r.status === 'filled' || r.status === 'in_progress' || r.status === 'closed' ? r.seats : r.status === 'recruiting' ? rng.int(0, r.seats - 1) : 0;
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
      else if (r.status === 'recruiting' || r.status === 'cancelled')
        status = rng.weighted([
          ['shortlisted', 5],
          ['declined', 3],
          ['no_answer', 2],
        ] as const);
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
        role: r.level === 'clinical' ? 'Usager partenaire accompagnateur (UPA)' : "Usager partenaire de l'organisation (UPO)",
        responsibilities:
          r.level === 'clinical'
            ? "Accompagner des usagers vivant une situation semblable; partager son expérience; signaler à l'équipe toute situation préoccupante."
            : "Participer aux rencontres; partager son expérience d'usager; commenter les documents de travail; proposer des pistes d'amélioration.",
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
  return { candidacies, mandates };
};
