import { ConsentKind, type ConsentMethod, type Language, type PipelineStep } from '../../../../shared/model/enums';
import { PartnerFields, spokenLanguages, type Partner } from '../../../../shared/model/partner';
import { splitList } from '../../components/labels';
import { todayIso } from '../../i18n/format';

/** The form's own shape: plain strings for what the user types, turned into PartnerFields on save. */
export interface ConsentForm {
  state: 'unknown' | 'given' | 'refused';
  date: string;
  /** '' until the coordinator says how it was given: never assumed. */
  method: ConsentMethod | '';
  expires: string;
}
export interface FormState {
  firstName: string;
  lastName: string;
  title: string;
  phone: string;
  email: string;
  address: string;
  community: string;
  language: Language;
  languages: string[];
  languageOther: string;
  interpreter: boolean;
  participation: string[];
  availabilityNote: string;
  availability: string[];
  caregiver: boolean;
  sectors: string[];
  trajectories: string;
  sharedExperiences: string;
  roles: string[];
  levels: string[];
  trainings: { title: string; date: string }[];
  consents: Record<ConsentKind, ConsentForm>;
  dualRoles: string[];
  dualRoleNote: string;
  source: string;
  step: PipelineStep;
  notes: string;
}

const emptyConsent = (): ConsentForm => ({ state: 'unknown', date: todayIso(), method: '', expires: '' });

export const fromPartner = (p?: Partner): FormState => ({
  firstName: p?.firstName ?? '',
  lastName: p?.lastName ?? '',
  title: p?.title ?? '',
  phone: p?.phone ?? '',
  email: p?.email ?? '',
  address: p?.address ?? '',
  community: p?.community ?? '',
  language: p?.language ?? 'fr',
  languages: p ? spokenLanguages(p) : [],
  languageOther: p?.languageOther ?? '',
  interpreter: p?.interpreter ?? false,
  participation: p?.participation ?? [],
  availabilityNote: p?.availabilityNote ?? '',
  availability: (p?.availability ?? []).map((s) => `${s.day}:${s.period}`),
  caregiver: p?.caregiver ?? false,
  sectors: p?.sectors ?? [],
  trajectories: (p?.trajectories ?? []).join(', '),
  sharedExperiences: (p?.sharedExperiences ?? []).join(', '),
  roles: p?.roles ?? [],
  levels: p?.levels ?? [],
  trainings: p?.trainings ?? [],
  consents: Object.fromEntries(
    ConsentKind.options.map((k) => {
      const c = p?.consents[k];
      return [k, c ? { state: c.given ? 'given' : 'refused', date: c.date, method: c.method, expires: c.expires ?? '' } : emptyConsent()];
    }),
  ) as Record<ConsentKind, ConsentForm>,
  dualRoles: p?.dualRoles ?? [],
  dualRoleNote: p?.dualRoleNote ?? '',
  source: p?.source ?? '',
  step: p?.step ?? 'interest',
  notes: p?.notes ?? '',
});

const opt = (s: string) => (s.trim() ? s.trim() : undefined);

export const toFields = (f: FormState) =>
  PartnerFields.safeParse({
    firstName: f.firstName,
    lastName: f.lastName,
    title: opt(f.title),
    phone: opt(f.phone),
    email: opt(f.email),
    address: opt(f.address),
    community: opt(f.community),
    language: f.language,
    // The preferred language is always one of those spoken.
    languages: [...new Set([f.language, ...f.languages])],
    languageOther: f.language === 'other' ? opt(f.languageOther) : undefined,
    interpreter: f.interpreter,
    participation: f.participation,
    availabilityNote: opt(f.availabilityNote),
    availability: f.availability.map((s) => {
      const [day, period] = s.split(':');
      return { day, period };
    }),
    caregiver: f.caregiver,
    sectors: f.sectors,
    trajectories: splitList(f.trajectories),
    sharedExperiences: splitList(f.sharedExperiences),
    roles: f.roles,
    levels: f.levels,
    trainings: f.trainings,
    consents: Object.fromEntries(
      ConsentKind.options
        .filter((k) => f.consents[k].state !== 'unknown')
        .map((k) => {
          const c = f.consents[k];
          return [k, { given: c.state === 'given', date: c.date, method: c.method, expires: opt(c.expires) }];
        }),
    ),
    source: f.source || undefined,
    dualRoles: f.dualRoles,
    dualRoleNote: opt(f.dualRoleNote),
    notes: opt(f.notes),
  });

/** A profile missing how to reach the person or their consent to be kept is saved as a draft. */
export const isDraft = (f: PartnerFields): boolean => !(f.phone || f.email || f.address) || !f.consents.bank?.given;
