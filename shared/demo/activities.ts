/**
 * Invented committees, sessions, community-of-practice meetings and survey answers for the
 * demonstration bank, drawn from its partners with a seeded generator (same seed, same
 * output). Records are returned without their bookkeeping fields: the caller stamps them.
 */
import { addDays, addMonths } from '../logic/dates';
import { builtInId, type CommitteeType, type Partner, type SessionKind } from '../model';
import type { Committee, CommitteeMeeting, CommitteeMember } from '../model/committee';
import type { SurveyResponse } from '../model/survey';
import type { CopMeeting, TrainingSession } from '../model/training';
import { createRng } from './prng';

type Draft<T> = Omit<T, 'id' | 'createdAt' | 'updatedAt' | 'deviceId' | 'stamp' | 'deleted'> & { id: string };

export interface ActivitiesDemo {
  committees: Draft<Committee>[];
  committeeMembers: Draft<CommitteeMember>[];
  committeeMeetings: Draft<CommitteeMeeting>[];
  sessions: Draft<TrainingSession>[];
  copMeetings: Draft<CopMeeting>[];
  surveyResponses: Draft<SurveyResponse>[];
}

const COMMITTEES: [string, CommitteeType, string, number][] = [
  ['Comité de gestion des risques', 'user_safety', 'Direction de la qualité, de l’évaluation, de la performance et de l’éthique', 2],
  ['Comité de prévention et contrôle des infections', 'user_safety', 'Direction des soins infirmiers', 1],
  ['Comité de sécurité des soins en santé mentale', 'user_safety', 'Direction des programmes santé mentale et dépendance', 2],
  ['Comité de vigilance et de la qualité', 'governance', 'Présidence-direction générale', 1],
  ['Comité d’amélioration continue — soutien à domicile', 'quality', 'Direction du soutien à l’autonomie des personnes âgées', 2],
  ['Comité clinique — trajectoire diabète', 'clinical', 'Direction des services multidisciplinaires', 1],
];

const SESSIONS: [SessionKind, string][] = [
  ['partners', 'Formation de base des usagers partenaires'],
  ['staff', 'Travailler avec un usager partenaire'],
  ['managers', 'Le partenariat dans vos projets'],
  ['new_employees', 'Accueil : le partenariat avec les usagers'],
  ['information', 'Devenir usager partenaire — séance d’information'],
  ['recruitment', 'Recrutement pour le comité de gestion des risques'],
];

const THEMES = [
  'Bilan des comités',
  'Accueil des nouveaux membres',
  'Préparer une rencontre',
  'Parler de son vécu',
  'Retour sur les sondages',
  'Confidentialité',
];

const id = (prefix: string, n: number) => `DEMO${prefix}${String(n).padStart(12, '0')}`;

export function generateActivitiesDemo(partners: readonly Pick<Partner, 'id' | 'step'>[], today: string, seed = 1): ActivitiesDemo {
  const rng = createRng(seed * 7919);
  const pool = partners.filter((p) => p.step === 'in_bank' || p.step === 'active').map((p) => p.id);
  const out: ActivitiesDemo = { committees: [], committeeMembers: [], committeeMeetings: [], sessions: [], copMeetings: [], surveyResponses: [] };
  if (pool.length === 0) return out;
  const at = `${today}T14:00:00.000Z`;
  const journal = [{ at, event: 'created' as const }];

  COMMITTEES.forEach(([name, type, directorate, seats], c) => {
    const committeeId = id('COM', c);
    out.committees.push({ id: committeeId, name, type, directorate, seats, frequency: 'Une rencontre par mois', journal });
    // One user-safety committee is left without a partner, so coverage is not a perfect score.
    const filled = c === 1 ? 0 : rng.int(1, seats);
    const members = rng.sample(pool, filled);
    members.forEach((partnerId, k) => {
      const termStart = addDays(today, -rng.int(60, 700));
      out.committeeMembers.push({ id: id('SEA', c * 10 + k), committeeId, partnerId, termStart, termEnd: addDays(addMonths(termStart, 24), rng.int(-20, 20)) });
    });
    for (let k = 0; k < 4; k++)
      out.committeeMeetings.push({
        id: id('MEE', c * 10 + k),
        committeeId,
        date: addMonths(today, -(k + 1)),
        attendeeIds: members.filter(() => rng.chance(0.8)),
      });
  });

  SESSIONS.forEach(([kind, title], s) => {
    const partnersPresent = kind === 'partners' ? rng.sample(pool, Math.min(pool.length, rng.int(5, 12))) : [];
    out.sessions.push({
      id: id('SES', s),
      kind,
      title,
      date: addDays(today, -rng.int(10, 300)),
      place: rng.chance(0.5) ? 'Salle du conseil, pavillon principal' : undefined,
      videoLink: rng.chance(0.5) ? 'https://visio.example.org/relais-demo' : undefined,
      language: 'fr',
      facilitator: 'Bureau de partenariat',
      otherAttendees: kind === 'partners' ? 0 : rng.int(8, 40),
      attendeeIds: partnersPresent,
      journal,
    });
    if (kind !== 'information' && kind !== 'recruitment')
      for (let k = 0; k < rng.int(3, 8); k++)
        out.surveyResponses.push({
          id: id('RTR', s * 10 + k),
          instrumentId: builtInId('training'),
          date: addDays(today, -rng.int(1, 9)),
          mode: 'paper',
          sessionId: id('SES', s),
          answers: { expectations: rng.int(3, 5), clear: rng.int(2, 5), useful: rng.int(3, 5), length: rng.pick(['short', 'right', 'right', 'long']) },
        });
  });

  const community = rng.sample(pool, Math.min(pool.length, 15));
  for (let k = 0; k < 10; k++)
    out.copMeetings.push({
      id: id('COP', k),
      date: addDays(today, -(k * 35 + rng.int(0, 10))),
      themes: rng.sample(THEMES, 2),
      attendeeIds: community.filter(() => rng.chance(0.6)),
      journal,
    });
  return out;
}
