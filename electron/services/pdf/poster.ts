import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { PosterText } from '../../../shared/model/printables';
import type { PosterInput } from '../../../shared/printables/schemas';
import { qrTarget } from '../../../shared/printables/qr';
import { FONT } from './fonts';
import { logoImage, onColour, rich } from './layout';
import { stringsFor, type PdfStrings } from './text';

/** Portrait sizes in points; every measure below is for Letter and scaled for Tabloid. */
const PAPER = { letter: { size: 'LETTER', width: 612, height: 792 }, tabloid: { size: 'TABLOID', width: 792, height: 1224 } } as const;
const SIDE = 46;
const INK = '#1d1d1f';

const lines = (value: string): string[] =>
  value
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');

/** The languages a poster prints, French first when both. */
export const posterLanguages = (input: Pick<PosterInput, 'language'>): Array<'fr' | 'en'> => (input.language === 'bilingual' ? ['fr', 'en'] : [input.language]);

/**
 * One poster page. Readers see it from a few steps away, so the text is large, the lists
 * short, and the contact and QR code sit in a band at the bottom where the eye ends.
 * A bilingual poster puts the two languages side by side under both titles.
 */
export function posterDefinition(input: PosterInput): TDocumentDefinitions {
  const paper = PAPER[input.paper];
  const k = paper.width / 612;
  const { office } = input;
  const langs = posterLanguages(input);
  const both = langs.length === 2;
  const s = (l: 'fr' | 'en'): PdfStrings => stringsFor(l);
  const text = (l: 'fr' | 'en'): PosterText => input[l];
  const fg = onColour(office.primaryColor);

  // The band is painted on the page background and its text set in the header: a band
  // drawn as a coloured table would measure the logo twice and cost a third of the poster.
  const bandHeight = 112 * k;
  const background = (): Content => ({
    canvas: [
      { type: 'rect', x: 0, y: 0, w: paper.width, h: bandHeight, color: office.primaryColor },
      { type: 'rect', x: 0, y: bandHeight, w: paper.width, h: 7 * k, color: office.accentColor },
    ],
  });
  const band: Content = {
    columns: [
      ...(office.logo ? [logoImage(office, 64 * k)] : []),
      {
        width: '*',
        stack: [
          rich(office.officeName || s(langs[0] ?? 'fr').common.office, { fontSize: 18 * k, bold: true, color: fg, lineHeight: 1.05 }),
          rich(office.establishment, { fontSize: 10 * k, color: fg, margin: [0, 3 * k, 0, 0] }),
        ],
        margin: [0, office.logo ? 10 * k : 0, 0, 0],
      },
    ],
    columnGap: 14 * k,
    margin: [SIDE * k, 18 * k, SIDE * k, 0],
  };

  const titles: Content[] = langs.map((l, i) =>
    rich(text(l).title, {
      fontSize: (i === 0 ? (both ? 28 : 34) : 20) * k,
      bold: true,
      color: i === 0 ? office.primaryColor : INK,
      lineHeight: 1.05,
      margin: [0, i === 0 ? 0 : 4 * k, 0, 0],
    }),
  );
  const calls: Content[] = langs.map((l) => rich(text(l).callToAction, { fontSize: (both ? 12 : 15) * k, margin: [0, 8 * k, 0, 0] }));

  const list = (items: string[]): Content => ({
    ul: items.map((item) => rich(item, { margin: [0, 0, 0, 3 * k] })),
    markerColor: office.accentColor,
    fontSize: (both ? 11 : 13) * k,
  });
  const heading = (value: string): Content => ({
    text: value,
    fontSize: (both ? 12.5 : 16) * k,
    bold: true,
    color: office.primaryColor,
    margin: [0, 14 * k, 0, 5 * k],
  });
  const block = (l: 'fr' | 'en'): Content[] => [
    ...(lines(text(l).examples).length ? [heading(s(l).poster.examples), list(lines(text(l).examples))] : []),
    ...(lines(text(l).eligibility).length ? [heading(s(l).poster.eligibility), list(lines(text(l).eligibility))] : []),
  ];
  const body: Content = both ? { columns: langs.map((l) => ({ width: '*', stack: block(l) })), columnGap: 24 * k } : { stack: block(langs[0] ?? 'fr') };

  const syllabics: Content[] = input.syllabics
    ? [{ ...rich(input.syllabics, { fontSize: 20 * k, bold: true, color: office.accentColor }), margin: [0, 10 * k, 0, 0] }]
    : [];

  // The contact band: who to call on the left, the QR code on the right.
  const qr = qrTarget(input.qr);
  const contactLines = lines(text(langs[0] ?? 'fr').contact);
  const contactHeading = langs.map((l) => s(l).poster.contact).join(' · ');
  const footerHeight = 168 * k;
  // Columns, not a table: a table measures its cells twice, and the QR code is the most
  // expensive thing on the page.
  const contact: Content = {
    stack: [
      { canvas: [{ type: 'rect', x: 0, y: 0, w: paper.width - 2 * SIDE * k, h: 3 * k, color: office.accentColor }], margin: [0, 0, 0, 14 * k] },
      {
        columns: [
          {
            width: '*',
            stack: [
              { text: contactHeading, fontSize: (both ? 13 : 16) * k, bold: true, color: office.primaryColor, margin: [0, 0, 0, 6 * k] },
              ...contactLines.map((l, i) => rich(l, { fontSize: (i === 0 ? 14 : 12) * k, bold: i === 0 })),
            ],
          },
          ...(qr
            ? [
                {
                  width: 130 * k,
                  stack: <Content[]>[
                    { qr: qr.payload, fit: 112 * k, eccLevel: 'M' as const, alignment: 'center' as const },
                    { text: langs.map((l) => s(l).poster.scan).join(' · '), fontSize: 8 * k, alignment: 'center' as const, margin: [0, 4 * k, 0, 0] },
                  ],
                },
              ]
            : []),
        ],
      },
    ],
    margin: [SIDE * k, 0, SIDE * k, 0],
  };

  return {
    pageSize: paper.size,
    pageOrientation: 'portrait',
    pageMargins: [0, bandHeight + 7 * k, 0, footerHeight],
    info: { title: langs.map((l) => text(l).title).join(' / '), creator: 'Relais', producer: 'Relais' },
    language: langs[0] === 'en' ? 'en-CA' : 'fr-CA',
    background,
    header: () => band,
    footer: () => contact,
    content: [{ stack: [...titles, ...calls, ...syllabics, body], margin: [SIDE * k, 20 * k, SIDE * k, 0] }],
    defaultStyle: { font: FONT.latin, fontSize: 12 * k, lineHeight: 1.2, color: INK },
  };
}
