import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { PortraitPdfInput } from '../../../shared/printables/portrait';
import { baseDocument, rich, section } from './layout';
import { fill, formatDate, stringsFor } from './text';

const MUTED = '#5a5f66';
const RULE = '#d5d8dc';

export function portraitDefinition(input: PortraitPdfInput): TDocumentDefinitions {
  const { language, office } = input;
  const s = stringsFor(language);
  const p = s.portrait;
  const content: Content[] = [
    { text: fill(p.heading, { year: String(input.year) }), style: 'title', color: office.primaryColor },
    { text: fill(s.common.issuedOn, { date: formatDate(language, input.issuedOn) }), style: 'meta', margin: [0, 4, 0, 6] },
    { text: p.intro, style: 'intro', margin: [0, 0, 0, 6] },
  ];
  const table = (rows: PortraitPdfInput['parts'][number]['rows']): Content =>
    ({
      table: {
        widths: [30, '*'],
        dontBreakRows: true,
        body: rows.map((r) => [
          { text: r.number, style: 'label' },
          {
            stack: [
              { text: r.question, bold: true },
              r.answer ? rich(r.answer) : { text: p.notAnswered, italics: true, color: MUTED },
              { text: r.derivation ? `${r.source} — ${r.derivation}` : r.source, style: 'small' },
            ],
          },
        ]),
      },
      layout: { hLineWidth: (i: number) => (i === 0 ? 0 : 0.4), vLineWidth: () => 0, hLineColor: () => RULE, paddingTop: () => 4, paddingBottom: () => 4 },
    }) as Content;
  for (const part of input.parts) {
    const [first, ...rest] = part.rows;
    if (!first) continue;
    // The heading stays with the first answer; the others flow onto the next pages.
    content.push(section(part.title, office, [table([first]), ...(rest.length ? [table(rest)] : [])]));
  }
  return baseDocument(office, s, { title: p.title, language: language === 'en' ? 'en-CA' : 'fr-CA' }, content);
}
