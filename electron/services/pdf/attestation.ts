import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { quePrefix } from '../../../shared/format/french';
import type { AttestationInput } from '../../../shared/printables/schemas';
import { baseDocument, rich, richTemplate, signatureSlot } from './layout';
import { fill, formatDate, formatNumber, formatPeriod, stringsFor } from './text';

export function attestationDefinition(input: AttestationInput): TDocumentDefinitions {
  const { language, office, partner } = input;
  const s = stringsFor(language);
  const a = s.attestation;
  const hours = (h: number) => fill(s.common.hoursUnit, { hours: formatNumber(language, h) });

  const head: TableCell[] = [a.project, a.role, a.period, a.hours].map((label, i) => ({
    text: label,
    style: 'tableHead',
    alignment: i === 3 ? 'right' : 'left',
  }));
  const rows: TableCell[][] = input.participations.map((p) => [
    rich(p.title, { bold: true }),
    rich(p.role),
    { text: formatPeriod(language, p.startDate, p.endDate) ?? '—', fontSize: 9 },
    { text: hours(p.hours), alignment: 'right' },
  ]);
  const total: TableCell[] = [{ text: a.total, bold: true, colSpan: 3 }, '', '', { text: hours(input.totalHours), bold: true, alignment: 'right' }];

  const content: Content[] = [
    { text: a.title, style: 'title', color: office.primaryColor },
    { text: fill(s.common.issuedOn, { date: formatDate(language, input.issuedOn) }), style: 'meta', margin: [0, 4, 0, 18] },
    richTemplate(
      a.statement,
      { que: rich(quePrefix(partner.displayName)), name: rich(partner.displayName, { bold: true }) },
      { fontSize: 11, margin: [0, 0, 0, 14] },
    ),
    {
      table: { headerRows: 1, widths: ['*', 90, 165, 42], body: [head, ...rows, total], dontBreakRows: true },
      layout: {
        hLineWidth: (i, node) => (i === 0 || i === 1 ? 0 : i === node.table.body.length - 1 ? 1 : 0.5),
        vLineWidth: () => 0,
        hLineColor: (i, node) => (i === node.table.body.length - 1 ? office.accentColor : '#d5d8dc'),
        fillColor: (i) => (i === 0 ? office.primaryColor : null),
        paddingTop: () => 5,
        paddingBottom: () => 5,
      },
    },
    // The thanks and the signature travel together, so a signature never sits alone on a page.
    {
      stack: [
        richTemplate(a.thanks, { name: rich(partner.displayName) }, { margin: [0, 16, 0, 18] }),
        {
          columns: [
            { width: 220, ...signatureSlot(a.signedBy, office.coordinator || undefined, s, 220) },
            { width: '*', text: '' },
          ],
        },
      ],
      unbreakable: true,
    },
  ];
  return baseDocument(office, s, { title: a.title, language: language === 'fr' ? 'fr-CA' : 'en-CA' }, content);
}
