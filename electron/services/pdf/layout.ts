import type { Content, ContentStack, ContentText, CustomTableLayout, DynamicContent, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { PrintOffice } from '../../../shared/printables/schemas';
import { FONT } from './fonts';
import { scriptRuns } from './scripts';
import { fill, type PdfStrings } from './text';

/** US Letter, the paper Quebec offices print on; all measures in points. */
const PAGE_WIDTH = 612;
const SIDE = 54;
const HEADER_HEIGHT = 74;
export const CONTENT_WIDTH = PAGE_WIDTH - 2 * SIDE;

const INK = '#1d1d1f';
const MUTED = '#5a5f66';
const RULE = '#d5d8dc';

/** Text on the header band must stay readable whatever colour the office picked. */
export function onColour(hex: string): string {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  return luminance > 0.4 ? INK : '#ffffff';
}

type Inline = Omit<ContentText, 'text'>;

/** User-typed text, split by script so syllabics get their own font. */
export const rich = (value: string, style: Inline = {}): ContentText => ({
  ...style,
  text: scriptRuns(value).map((r) => (r.font === FONT.latin ? r.text : { text: r.text, font: r.font })),
});

/** A template whose {{name}}-style slots hold user text, kept as separate styled runs. */
export function richTemplate(template: string, slots: Record<string, ContentText>, style: Inline = {}): ContentText {
  const parts: Content[] = [];
  let last = 0;
  for (const match of template.matchAll(/\{\{(\w+)\}\}/g)) {
    const key = match[1] ?? '';
    parts.push(template.slice(last, match.index));
    parts.push(slots[key] ?? '');
    last = match.index + match[0].length;
  }
  parts.push(template.slice(last));
  return { ...style, text: parts.filter((p) => p !== '') };
}

/** A section heading with the office's accent bar; guides written in Markdown use it too, a little closer to what precedes it. */
export const sectionHeading = (title: string | ContentText[], office: PrintOffice, marginTop = 12): Content => ({
  table: { widths: ['*'], body: [[{ text: title, style: 'section', color: office.primaryColor }]] },
  layout: {
    hLineWidth: () => 0,
    vLineWidth: (i) => (i === 0 ? 3 : 0),
    vLineColor: () => office.accentColor,
    paddingLeft: () => 8,
    paddingTop: () => 1,
    paddingBottom: () => 1,
  },
  margin: [0, marginTop, 0, 4],
});

/**
 * A titled block. The heading is glued to what follows it so it never ends a page alone;
 * later parts (a long description) may flow onto the next page.
 */
export const section = (title: string, office: PrintOffice, body: Content[]): Content => {
  const [first, ...rest] = body;
  return { stack: [{ stack: [sectionHeading(title, office), first ?? ''], unbreakable: true }, ...rest] };
};

const fieldsLayout: CustomTableLayout = {
  hLineWidth: (i, node) => (i === 0 || i === node.table.body.length ? 0 : 0.5),
  vLineWidth: () => 0,
  hLineColor: () => RULE,
  paddingLeft: (i) => (i === 0 ? 11 : 6),
  paddingTop: () => 3,
  paddingBottom: () => 3,
};

/** Label / value rows; rows without a value are left out rather than printed blank. */
export function fields(rows: ReadonlyArray<readonly [string, ContentText | string | undefined]>): Content {
  const body = rows.flatMap(([label, value]) =>
    value === undefined || value === '' ? [] : [[{ text: label, style: 'label' }, typeof value === 'string' ? rich(value) : value]],
  );
  if (body.length === 0) return '';
  return { table: { widths: [130, '*'], body }, layout: fieldsLayout };
}

/** A paragraph under the section heading, indented to line up with the field values. */
export const paragraph = (content: ContentText): Content => ({ ...content, margin: [11, 2, 0, 4] });

/** The office's logo as a pdfmake image fitted in a square box; the caller checks it exists. */
export const logoImage = (office: PrintOffice, box: number, width: number | 'auto' = 'auto'): Content => {
  const logo = office.logo;
  if (!logo) return '';
  return {
    image: `data:${logo.mime};base64,${logo.base64}`,
    fit: [box, box],
    width: width === 'auto' ? Math.min(box, (box * logo.width) / logo.height) : width,
  };
};

export function header(office: PrintOffice, documentTitle: string, strings: PdfStrings): DynamicContent {
  const fg = onColour(office.primaryColor);
  const name = office.officeName || strings.common.office;
  return () => ({
    stack: [
      {
        table: {
          widths: ['*', 'auto'],
          body: [
            [
              {
                columns: [
                  ...(office.logo ? [logoImage(office, 34)] : []),
                  { width: '*', stack: [rich(name, { style: 'bandTitle', color: fg }), rich(office.establishment, { style: 'bandSub', color: fg })] },
                ],
                columnGap: 10,
              },
              { text: documentTitle.toUpperCase(), style: 'bandDoc', color: fg, alignment: 'right', noWrap: true },
            ],
          ],
        },
        layout: {
          hLineWidth: () => 0,
          vLineWidth: () => 0,
          fillColor: () => office.primaryColor,
          paddingLeft: (i) => (i === 0 ? SIDE : 8),
          paddingRight: (i, node) => (i === (node.table.widths?.length ?? 1) - 1 ? SIDE : 8),
          paddingTop: () => 18,
          paddingBottom: () => 14,
        },
      },
      { canvas: [{ type: 'rect', x: 0, y: 0, w: PAGE_WIDTH, h: 4, color: office.accentColor }] },
    ],
  });
}

export function footer(office: PrintOffice, strings: PdfStrings): DynamicContent {
  const contact = [office.address, office.phone, office.email].filter((s) => s !== '').join('  ·  ');
  return (current, total) => ({
    margin: [SIDE, 14, SIDE, 0],
    stack: [
      { canvas: [{ type: 'line', x1: 0, y1: 0, x2: CONTENT_WIDTH, y2: 0, lineWidth: 0.5, lineColor: RULE }] },
      {
        columns: [
          { width: '*', stack: [rich(contact, { style: 'footer' })] },
          { text: fill(strings.common.page, { current: String(current), total: String(total) }), style: 'footer', width: 'auto', alignment: 'right' },
        ],
        margin: [0, 6, 0, 0],
      },
    ],
  });
}

/** One signature slot: a line to sign on, then who signs and a line for the date. */
export function signatureSlot(role: string, name: string | undefined, strings: PdfStrings, width: number): ContentStack {
  // A fresh node per use: pdfmake writes layout state into the nodes it is given.
  const line = (): Content => ({ canvas: [{ type: 'line', x1: 0, y1: 0, x2: width, y2: 0, lineWidth: 0.75, lineColor: INK }] });
  return {
    stack: [
      { text: role, style: 'label', margin: [0, 0, 0, 26] },
      line(),
      { text: strings.common.signature, style: 'small', margin: [0, 2, 0, 8] },
      name ? rich(name, { bold: true }) : { text: ' ' },
      { text: strings.common.name, style: 'small', margin: [0, 0, 0, 16] },
      line(),
      { text: strings.common.date, style: 'small', margin: [0, 2, 0, 0] },
    ],
  };
}

/** Shared page, fonts and styles for every printable. */
export function baseDocument(
  office: PrintOffice,
  strings: PdfStrings,
  meta: { title: string; language: string; band?: string },
  content: Content[],
): TDocumentDefinitions {
  return {
    pageSize: 'LETTER',
    pageMargins: [SIDE, HEADER_HEIGHT + 30, SIDE, 62],
    info: { title: meta.title, creator: 'Relais', producer: 'Relais' },
    language: meta.language,
    header: header(office, meta.band ?? meta.title, strings),
    footer: footer(office, strings),
    content,
    defaultStyle: { font: FONT.latin, fontSize: 10, lineHeight: 1.25, color: INK },
    styles: {
      title: { fontSize: 22, bold: true, lineHeight: 1.1 },
      subtitle: { fontSize: 13, bold: true },
      meta: { fontSize: 9, color: MUTED },
      intro: { fontSize: 10, color: MUTED },
      section: { fontSize: 12, bold: true },
      label: { fontSize: 9, bold: true, color: MUTED },
      small: { fontSize: 8, color: MUTED },
      footer: { fontSize: 8, color: MUTED },
      bandTitle: { fontSize: 13, bold: true, lineHeight: 1.1 },
      bandSub: { fontSize: 9, lineHeight: 1.2 },
      bandDoc: { fontSize: 10, bold: true, characterSpacing: 1 },
      tableHead: { fontSize: 9, bold: true, color: '#ffffff' },
    },
  };
}
