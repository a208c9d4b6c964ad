/**
 * What the office's records say for the provincial portrait's year: the bank, and the
 * services, sectors, plans, levels and activities its projects, mandates, sessions and
 * surveys show. portrait.ts turns these into suggested answers.
 */
import type { IsoDate } from '../../model/base';
import { instantDate } from '../dates';
import { foldKey } from '../text';
import type { IndicatorInputs } from './inputs';
import { bankIndicators } from './people';
import { overlaps, yearPeriod } from './period';

/** Plans whose name a project title may carry, and sectors that point at one plan. */
const PLAN_WORDS: [string, string][] = [
  ['palliati', 'palliative_2020_2025'],
  ['fin de vie', 'palliative_2020_2025'],
  ['end-of-life', 'palliative_2020_2025'],
  ['proche aidant', 'caregivers_2021_2026'],
  ['caregiver', 'caregivers_2021_2026'],
  ['maison des aines', 'seniors_houses'],
  ['maisons des aines', 'seniors_houses'],
  ['pqptm', 'pqptm'],
  ['aire ouverte', 'aire_ouverte'],
  ['agir tot', 'agir_tot'],
  ['guichet', 'primary_care_access'],
  ['cancer', 'cancer_program'],
  ['oncolog', 'cancer_program'],
  ['sante mentale', 'mental_health_2022_2026'],
  ['mental health', 'mental_health_2022_2026'],
  ['hebergement', 'long_term_care_2021_2026'],
  ['chsld', 'long_term_care_2021_2026'],
];
const PLAN_SECTORS: Record<string, string> = {
  long_term_care: 'long_term_care_2021_2026',
  mental_health_addiction: 'mental_health_2022_2026',
  oncology: 'cancer_program',
  primary_care: 'primary_care_access',
};

const inYear = (d: IsoDate | undefined, from: IsoDate, to: IsoDate): boolean => d !== undefined && d >= from && d <= to;

export const portraitEvidence = (inputs: IndicatorInputs, year: number, today: IsoDate) => {
  const period = yearPeriod(year);
  const { from, to } = period;
  const live = <T extends { deleted?: 1 }>(xs: readonly T[]) => xs.filter((x) => !x.deleted);
  const requests = live(inputs.requests);
  const mandates = live(inputs.mandates).filter((m) => m.status !== 'cancelled');
  const asOf = to < today ? to : today;
  const bank = bankIndicators(inputs.partners, inputs.mandates, inputs.committeeMembers, period, today);

  // The year's projects: received in the year or with a mandate running in it.
  const running = new Set(
    mandates
      .filter((m) => overlaps(m.startDate ?? instantDate(m.createdAt), m.endDate ?? (m.status === 'ended' ? instantDate(m.updatedAt) : undefined), period))
      .map((m) => m.requestId),
  );
  const projects = requests.filter((r) => inYear(r.receivedAt, from, to) || running.has(r.id));

  const doneInYear = (ids: readonly string[]) => mandates.some((m) => m.steps.some((s) => ids.includes(s.id) && inYear(s.done, from, to)));
  const sessionsOf = (kinds: readonly string[]) => (inputs.sessions ?? []).some((s) => !s.deleted && kinds.includes(s.kind) && inYear(s.date, from, to));
  const partnerTrained = inputs.partners.some((p) => !p.deleted && p.trainings.some((t) => inYear(t.date, from, to)));
  const surveyed = (inputs.surveyResponses ?? []).some((r) => !r.deleted && inYear(r.date, from, to));
  const identified = inputs.candidacies.some((c) => !c.deleted && inYear(c.contactedAt, from, to));
  const recruited = mandates.some((m) => inYear(instantDate(m.createdAt), from, to));
  const titles = projects.map((r) => foldKey(r.title));

  // Services offered (question 1 of the activities).
  const services = new Set<string>();
  if (identified || recruited) services.add('recruitment');
  if (partnerTrained || sessionsOf(['partners', 'staff', 'managers', 'new_employees'])) services.add('training');
  if (doneInYear(['welcome_partner', 'prep_team', 'mid_partner', 'mid_team', 'end_partner', 'end_team'])) services.add('coaching');
  if (surveyed || doneInYear(['survey_partner', 'survey_team'])) services.add('evaluation');

  // Sectors worked with since 2020 (the questionnaire's own window).
  const sectorIds = new Set<string>();
  for (const r of requests) if (r.receivedAt >= '2020-01-01') for (const s of r.sectors) sectorIds.add(s);

  // Plans: named in a project's title, or pointed at by a project's sector.
  const plans = new Set<string>();
  for (const t of titles) for (const [w, id] of PLAN_WORDS) if (t.includes(w)) plans.add(id);
  for (const r of projects) for (const s of r.sectors) if (PLAN_SECTORS[s]) plans.add(PLAN_SECTORS[s] as string);

  const levelIds = new Set<string>(projects.flatMap((r) => (r.level ? [r.level] : [])));

  const activities = new Set<string>();
  if (titles.some((t) => t.includes('agrement') || t.includes('accreditation'))) activities.add('accreditation_questions');
  if (identified) activities.add('identify_partners');
  if (recruited) activities.add('recruit_partners');
  if (partnerTrained || sessionsOf(['partners'])) activities.add('train_patients');
  if (sessionsOf(['staff', 'new_employees'])) activities.add('train_professionals');
  if (sessionsOf(['managers'])) activities.add('train_managers');
  if (doneInYear(['welcome_partner', 'mid_partner', 'end_partner'])) activities.add('coach_users');
  if (doneInYear(['prep_team', 'mid_team', 'end_team'])) activities.add('support_team_deployment');
  if (projects.some((r) => r.level === 'tactical')) activities.add('improvement_committees');

  return { bank, asOf, services, sectorIds, plans, levelIds, activities };
};
