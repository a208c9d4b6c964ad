import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { MandateSheetInput } from '../../../shared/printables/schemas';
import { baseDocument, CONTENT_WIDTH, fields, paragraph, rich, section, signatureSlot } from './layout';
import { codeLabel } from '../../../shared/vocabulary';
import { fill, formatDate, formatMoney, stringsFor } from './text';

const GAP = 18;

export function mandateSheetDefinition(input: MandateSheetInput): TDocumentDefinitions {
  const { language, office, partner, request, mandate } = input;
  const s = stringsFor(language);
  const m = s.mandate;
  const date = (iso: string | undefined) => (iso ? formatDate(language, iso) : s.common.notSpecified);
  const ref = mandate.reference;
  const rec = mandate.recognition;

  const expenses = rec.expenses.length ? fill(m.expensesList, { list: rec.expenses.map((k) => m.expenseKinds[k]).join(', ') }) : m.expensesNone;
  const honoraria = !rec.honoraria
    ? m.honorariaNone
    : rec.honorariaAmount !== undefined
      ? fill(m.honorariaAmount, { amount: formatMoney(language, rec.honorariaAmount) })
      : m.honorariaYes;
  const honorariaNote = rec.honoraria ? (rec.paymentDeclined ? m.declined : m.mayDecline) : undefined;

  const slotWidth = (CONTENT_WIDTH - 2 * GAP) / 3;
  const content: Content[] = [
    { text: m.title, style: 'title', color: office.primaryColor },
    rich(partner.displayName, { style: 'subtitle', margin: [0, 4, 0, 0] }),
    { text: `${m.subtitle}  ·  ${fill(s.common.issuedOn, { date: formatDate(language, input.issuedOn) })}`, style: 'meta', margin: [0, 2, 0, 8] },
    { text: m.intro, style: 'intro' },
    section(m.project, office, [
      fields([
        [m.projectTitle, request.title],
        [m.directorate, request.directorate],
        [m.team, request.team],
        [m.partner, partner.displayName],
      ]),
    ]),
    section(m.role, office, [
      fields([[m.roleName, mandate.role || s.common.notSpecified]]),
      { text: m.responsibilities, style: 'label', margin: [11, 6, 0, 2] },
      paragraph(rich(mandate.responsibilities || s.common.notSpecified)),
    ]),
    section(m.commitment, office, [
      fields([
        [m.expected, mandate.commitment || s.common.notSpecified],
        [m.schedule, mandate.schedule || s.common.notSpecified],
        [m.place, mandate.place || s.common.notSpecified],
        [m.format, mandate.format.length ? mandate.format.map((f) => codeLabel('participation', f, language)).join(', ') : s.common.notSpecified],
        [m.start, date(mandate.startDate)],
        [m.end, date(mandate.endDate)],
      ]),
    ]),
    section(m.reference, office, [
      fields([
        [s.common.name, ref.name || s.common.notSpecified],
        [m.referenceRole, ref.role],
        [m.referencePhone, ref.phone],
        [m.referenceEmail, ref.email],
      ]),
    ]),
    section(m.confidentiality, office, [paragraph({ text: mandate.confidentiality ? m.confidentialityYes : m.confidentialityNo })]),
    section(m.recognition, office, [
      fields([
        [m.attestation, rec.attestation ? m.attestationYes : m.attestationNo],
        [m.expenses, { text: [expenses, rec.expenses.length ? ` ${m.expensesApart}` : ''] }],
        [m.honoraria, { text: [honoraria, honorariaNote ? ` ${honorariaNote}` : ''] }],
      ]),
    ]),
    {
      stack: [
        section(m.signatures, office, [{ text: m.signaturesIntro, style: 'meta', margin: [11, 0, 0, 14] }]),
        {
          columns: [
            signatureSlot(m.signPartner, partner.displayName, s, slotWidth),
            signatureSlot(m.signReference, ref.name || undefined, s, slotWidth),
            signatureSlot(m.signOffice, office.coordinator || undefined, s, slotWidth),
          ],
          columnGap: GAP,
        },
      ],
      unbreakable: true,
    },
  ];
  return baseDocument(office, s, { title: m.title, language: language === 'fr' ? 'fr-CA' : 'en-CA' }, content);
}
