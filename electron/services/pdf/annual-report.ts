import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { AnnualReportInput } from '../../../shared/printables/annual-report';
import { baseDocument, CONTENT_WIDTH, logoImage, rich } from './layout';
import { chartContent } from './charts';
import { fill, formatDate, formatNumber, stringsFor } from './text';

const MUTED = '#5a5f66';
const RULE = '#d5d8dc';
/** The cover logo's box, in points (the header band's is 34). */
const COVER_LOGO = 96;

type Figure = AnnualReportInput['sections'][number]['figures'][number];

/** Headings that go into the table of contents, never left alone at a page's foot. */
const heading = (text: string, color: string, level: 1 | 2): Content => ({
  text,
  tocItem: true,
  ...(level === 2 ? { tocMargin: [14, 0, 0, 0] } : {}),
  style: level === 1 ? 'title' : 'section',
  fontSize: level === 1 ? 18 : 13,
  color,
  margin: level === 1 ? [0, 0, 0, 8] : [0, 14, 0, 4],
  headlineLevel: level,
});

const tableLayout = {
  hLineWidth: (i: number) => (i === 1 ? 0.8 : 0.4),
  vLineWidth: () => 0,
  hLineColor: () => RULE,
  paddingTop: () => 3,
  paddingBottom: () => 3,
};

export function annualReportDefinition(input: AnnualReportInput): TDocumentDefinitions {
  const { language, office } = input;
  const s = stringsFor(language);
  const a = s.annual;
  const n = (v: number | null, unit?: string) =>
    v === null ? '—' : `${formatNumber(language, v)}${unit ? (unit === '%' ? (language === 'fr' ? '\u00a0%' : '%') : ` ${unit}`) : ''}`;
  const delta = (f: Figure) => {
    if (f.current === null || f.previous === null) return '—';
    const d = Math.round((f.current - f.previous) * 10) / 10;
    return d > 0 ? `+${formatNumber(language, d)}` : d < 0 ? `−${formatNumber(language, -d)}` : '0';
  };

  // The office's identity on the cover, as on its posters: the logo large above the title.
  const coverLogo: Content[] = office.logo ? [{ ...(logoImage(office, COVER_LOGO) as object), margin: [0, 40, 0, 0] } as Content] : [];
  const cover: Content[] = [
    ...coverLogo,
    {
      text: fill(a.coverTitle, { year: String(input.year) }),
      fontSize: 30,
      bold: true,
      color: office.primaryColor,
      margin: [0, office.logo ? 24 : 90, 0, 10],
    },
    { text: a.coverSub, fontSize: 14, margin: [0, 0, 0, 40] },
    rich(office.officeName || s.common.office, { fontSize: 16, bold: true }),
    rich(office.establishment, { fontSize: 12, margin: [0, 2, 0, 0] }),
    ...(office.coordinator ? [rich(fill(a.coordinator, { name: office.coordinator }), { margin: [0, 12, 0, 0] })] : []),
    { text: fill(a.period, { current: input.periodLabel, previous: input.previousLabel }), margin: [0, 12, 0, 0] },
    { text: a.coverFor, style: 'meta', margin: [0, 40, 0, 0] },
    { text: fill(s.common.issuedOn, { date: formatDate(language, input.issuedOn) }), style: 'meta', margin: [0, 4, 0, 0], pageBreak: 'after' },
  ];

  const toc: Content = { toc: { title: { text: a.toc, style: 'title', fontSize: 18, color: office.primaryColor, margin: [0, 0, 0, 10] } }, pageBreak: 'after' };

  const indicators: Content[] = [
    heading(a.indicators, office.primaryColor, 1),
    { text: fill(a.period, { current: input.periodLabel, previous: input.previousLabel }), style: 'meta', margin: [0, 0, 0, 6] },
  ];
  for (const sec of input.sections) {
    indicators.push(heading(sec.title, office.primaryColor, 2));
    if (sec.noData) indicators.push({ text: sec.noData, style: 'intro', margin: [0, 2, 0, 6] });
    if (sec.figures.length > 0) {
      indicators.push({
        table: {
          headerRows: 1,
          widths: ['*', 70, 70, 50],
          body: [
            [a.figure, input.periodLabel, input.previousLabel, a.change].map((t, i) => ({ text: t, style: 'label', alignment: i === 0 ? 'left' : 'right' })),
            ...sec.figures.map((f) => [
              { text: f.label },
              { text: n(f.current, f.unit), alignment: 'right', bold: true },
              { text: n(f.previous, f.unit), alignment: 'right' },
              { text: delta(f), alignment: 'right' },
            ]),
          ],
        },
        layout: tableLayout,
        margin: [0, 2, 0, 6],
      } as Content);
    }
    for (const chart of sec.charts) {
      const drawn = chartContent(chart, language, CONTENT_WIDTH);
      if (!drawn) continue;
      indicators.push({ stack: [{ text: chart.title, bold: true, fontSize: 10, margin: [0, 6, 0, 2] }, drawn], unbreakable: true });
    }
    if (sec.help.length > 0) indicators.push({ ul: sec.help.map((h) => ({ text: h, style: 'small', color: MUTED })), margin: [0, 4, 0, 4] });
  }

  const projects: Content[] = [{ ...(heading(a.projects, office.primaryColor, 1) as object), pageBreak: 'before' } as Content];
  if (input.projects.length === 0) projects.push({ text: a.projectsNone, style: 'intro' });
  else
    projects.push({
      table: {
        headerRows: 1,
        widths: ['*', 110, 70, 60, 40, 40],
        body: [
          [a.project, a.directorate, a.received, a.status, a.mandates, a.hours].map((t, i) => ({
            text: t,
            style: 'label',
            alignment: i >= 4 ? 'right' : 'left',
          })),
          ...input.projects.map((p) => [
            rich(p.title),
            rich(p.directorate ?? ''),
            { text: formatDate(language, p.receivedAt), fontSize: 9 },
            { text: a.statuses[p.status], fontSize: 9 },
            { text: formatNumber(language, p.mandates), alignment: 'right' },
            { text: formatNumber(language, p.hours), alignment: 'right' },
          ]),
        ],
      },
      layout: tableLayout,
      fontSize: 9,
    } as Content);

  const prose = (title: string, body: string): Content[] => [
    heading(title, office.primaryColor, 1),
    ...(body.trim() === ''
      ? [{ text: a.notWritten, style: 'intro' } as Content]
      : body.split(/\n{2,}/).map((para) => rich(para.trim(), { margin: [0, 0, 0, 6] }))),
  ];

  const title = fill(a.coverTitle, { year: String(input.year) });
  const def = baseDocument(office, s, { title, language: language === 'en' ? 'en-CA' : 'fr-CA' }, [
    ...cover,
    toc,
    ...indicators,
    ...projects,
    { text: '', pageBreak: 'after' },
    ...prose(a.highlights, input.highlights),
    ...prose(a.challenges, input.challenges),
  ]);
  // A heading never ends a page with nothing of its section under it.
  def.pageBreakBefore = (node, q) => node.headlineLevel !== undefined && q.getFollowingNodesOnPage().length === 0;
  return def;
}
