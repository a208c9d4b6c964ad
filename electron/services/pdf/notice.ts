import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { NoticeInput } from '../../../shared/printables/schemas';
import { codeLabel } from '../../../shared/vocabulary';
import { baseDocument, fields, paragraph, rich, section } from './layout';
import { fill, formatDate, formatNumber, formatPeriod, stringsFor } from './text';

const list = (values: string[]): string | undefined => (values.length ? values.join(', ') : undefined);
/** Labels after the first read on in the same sentence: « En personne, par téléphone ». */
const lowerAfterFirst = (values: string[]): string[] => values.map((v, i) => (i === 0 ? v : v.charAt(0).toLocaleLowerCase() + v.slice(1)));

/**
 * The recruitment notice (avis de recrutement) the office sends to the users' committee
 * when a team asks for a partner: who is sought, for what, how much time, and how to answer.
 * Rows the request leaves empty are left out rather than printed blank.
 */
export function noticeDefinition(input: NoticeInput): TDocumentDefinitions {
  const { language, office, request: r } = input;
  const s = stringsFor(language);
  const n = s.notice;
  const seats = r.seats === 1 ? n.seatsOne : fill(n.seatsMany, { count: String(r.seats) });
  const contact = [office.coordinator, office.officeName].filter((v) => v !== '').join(' — ');

  const content: Content[] = [
    { text: n.title, style: 'title', color: office.primaryColor },
    { text: `${n.to}  ·  ${fill(s.common.issuedOn, { date: formatDate(language, input.issuedOn) })}`, style: 'meta', margin: [0, 4, 0, 10] },
    { text: fill(n.intro, { seats }), fontSize: 11, margin: [0, 0, 0, 4] },
    section(n.project, office, [
      fields([
        [n.projectTitle, r.title],
        [n.directorate, r.directorate],
        [n.team, r.team],
      ]),
    ]),
    section(n.profile, office, [
      fields([
        [n.experience, list(r.trajectories)],
        [n.sectors, list(r.sectors)],
        [n.level, r.level],
        [n.context, r.context],
        // English capitalises language names; French does not, mid-list.
        [n.languages, list((language === 'fr' ? lowerAfterFirst : (v: string[]) => v)(r.languages.map((l) => codeLabel('languages', l, language))))],
        [n.community, r.community],
        [n.remote, r.remoteOk ? n.remoteYes : n.remoteNo],
      ]),
    ]),
    section(n.commitment, office, [
      fields([
        [n.period, formatPeriod(language, r.startDate, r.endDate)],
        [n.frequency, r.frequency],
        [n.formats, list(lowerAfterFirst(r.formats.map((f) => codeLabel('participation', f, language))))],
        [n.hours, r.hoursExpected !== undefined ? fill(s.common.hoursUnit, { hours: formatNumber(language, r.hoursExpected) }) : undefined],
        [n.compensation, r.compensation],
      ]),
    ]),
    section(n.answer, office, [
      paragraph({ text: n.answerText }),
      fields([
        [n.answerBy, input.answerBy ? rich(formatDate(language, input.answerBy), { bold: true }) : undefined],
        [n.contactPerson, contact || undefined],
        [s.mandate.referencePhone, office.phone],
        [s.mandate.referenceEmail, office.email],
      ]),
    ]),
  ];
  return baseDocument(office, s, { title: n.title, language: language === 'fr' ? 'fr-CA' : 'en-CA' }, content);
}
