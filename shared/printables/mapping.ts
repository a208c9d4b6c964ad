import { fold } from '../logic/text';
import { bankRoles, contexts, levels, sectorLabel } from '../reference';
import type { IsoDate } from '../model/base';
import type { UiLanguage } from '../model/enums';
import { partnerDisplayName, type Partner } from '../model/partner';
import type { Mandate, MandateFields, PartnerRequest, RequestFields } from '../model/request';
import type { OfficeSettingsFields } from '../model/settings';
import type { AttestationInput, MandateSheetInput, NoticeInput, PrintOffice, PrintParticipation } from './schemas';

type NameOf = Pick<Partner, 'firstName' | 'lastName'>;
type RequestHeading = Pick<PartnerRequest, 'title' | 'directorate' | 'team'>;

const foldRole = (s: string): string =>
  fold(s)
    .replace(/[’']/g, "'")
    // Roles written before the Canadian spelling ("Organisational …") are still known.
    .replace(/organis/g, 'organiz')
    .replace(/\s*\((UPO|UPA)\)\s*$/i, '')
    .trim();

/**
 * A mandate's role is free text, usually pre-filled with a known role in the language the
 * screen had. A known role is printed in the document's language ("… (UPO)"); anything
 * the coordinator wrote herself is printed as written.
 */
export const roleIn = (role: string, language: UiLanguage): string => {
  const known = bankRoles.find((r) => [r.fr, r.en, r.id].some((l) => foldRole(l) === foldRole(role)) || foldRole(role) === r.id.toLowerCase());
  const bare = (l: string) => l.replace(/\s*\((UPO|UPA)\)\s*$/i, '');
  return known ? `${bare(language === 'en' ? known.en : known.fr)} (${known.id})` : role;
};

export const printOfficeFrom = (s: OfficeSettingsFields): PrintOffice => ({
  establishment: s.establishment,
  officeName: s.officeName,
  coordinator: s.coordinator,
  phone: s.phone,
  email: s.email,
  address: s.address,
  primaryColor: s.primaryColor,
  accentColor: s.accentColor,
  ...(s.logo ? { logo: s.logo } : {}),
});

/** Pass `mandate.language` as `language` unless the coordinator picked another one for this print. */
export function mandateSheetInputFrom(
  settings: OfficeSettingsFields,
  partner: NameOf,
  request: RequestHeading,
  mandate: MandateFields,
  language: UiLanguage,
  today: IsoDate,
): MandateSheetInput {
  return {
    language,
    office: printOfficeFrom(settings),
    partner: { displayName: partnerDisplayName(partner) },
    request: { title: request.title, directorate: request.directorate, team: request.team },
    mandate: {
      role: roleIn(mandate.role, language),
      responsibilities: mandate.responsibilities,
      commitment: mandate.commitment,
      schedule: mandate.schedule,
      place: mandate.place,
      format: mandate.format,
      reference: mandate.reference,
      confidentiality: mandate.confidentiality,
      recognition: mandate.recognition,
      startDate: mandate.startDate,
      endDate: mandate.endDate,
    },
    issuedOn: today,
  };
}

type AttestedMandate = Pick<Mandate, 'role' | 'startDate' | 'endDate' | 'hours' | 'status'>;

const roundHours = (h: number): number => Math.round(h * 100) / 100;

/**
 * One line per mandate, hours summed from the log. A cancelled mandate is listed only if
 * hours were logged on it: the person did take part, and the attestation should say so.
 */
export function attestationInputFrom(
  settings: OfficeSettingsFields,
  partner: NameOf,
  items: ReadonlyArray<{ mandate: AttestedMandate; request: Pick<PartnerRequest, 'title' | 'startDate' | 'endDate'> }>,
  language: UiLanguage,
  today: IsoDate,
): AttestationInput {
  const participations: PrintParticipation[] = items
    .flatMap(({ mandate, request }) => {
      const hours = roundHours(mandate.hours.reduce((sum, h) => sum + h.hours, 0));
      if (mandate.status === 'cancelled' && hours === 0) return [];
      return [
        {
          title: request.title,
          role: roleIn(mandate.role, language),
          startDate: mandate.startDate ?? request.startDate,
          endDate: mandate.endDate ?? request.endDate,
          hours,
        },
      ];
    })
    .sort((a, b) => (a.startDate ?? '9999').localeCompare(b.startDate ?? '9999') || a.title.localeCompare(b.title));
  return {
    language,
    office: printOfficeFrom(settings),
    partner: { displayName: partnerDisplayName(partner) },
    participations,
    totalHours: roundHours(participations.reduce((sum, p) => sum + p.hours, 0)),
    issuedOn: today,
  };
}

const labelIn = (item: { fr: string; en: string } | undefined, language: UiLanguage): string | undefined =>
  item ? (language === 'en' ? item.en : item.fr) : undefined;

/** The notice for one request: list values become labels in the notice's language. */
export function noticeInputFrom(settings: OfficeSettingsFields, request: RequestFields, language: UiLanguage, today: IsoDate, answerBy?: IsoDate): NoticeInput {
  return {
    language,
    office: printOfficeFrom(settings),
    request: {
      title: request.title,
      directorate: request.directorate,
      team: request.team,
      level: labelIn(
        levels.find((l) => l.id === request.level),
        language,
      ),
      context: labelIn(
        contexts.find((c) => c.id === request.context),
        language,
      ),
      sectors: request.sectors.map((s) => sectorLabel(s, language)),
      trajectories: request.trajectories,
      languages: request.languages,
      community: request.community,
      remoteOk: request.remoteOk,
      seats: request.seats,
      startDate: request.startDate,
      endDate: request.endDate,
      frequency: request.frequency,
      formats: request.formats,
      hoursExpected: request.hoursExpected,
      compensation: request.compensation,
    },
    ...(answerBy ? { answerBy } : {}),
    issuedOn: today,
  };
}
