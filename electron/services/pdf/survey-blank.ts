import type { Column, Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { PrintQuestion, SurveyBlankInput } from '../../../shared/printables/survey';
import { baseDocument, CONTENT_WIDTH, rich } from './layout';
import { fill, formatDate, stringsFor } from './text';

const BOX = 10;

/** A tick box followed by its label, kept together on one line when it fits. */
const tick = (label: string, inline = true): Column => ({
  width: inline ? 'auto' : '*',
  columns: [
    { width: BOX + 4, canvas: [{ type: 'rect', x: 0, y: 2, w: BOX, h: BOX, lineWidth: 0.8, lineColor: '#1d1d1f' }] },
    { width: inline ? 'auto' : '*', ...rich(label) },
  ],
  columnGap: 2,
  margin: [0, 0, 14, 4],
});

const writingLines = (count: number): Content => ({
  canvas: Array.from({ length: count }, (_, i) => ({
    type: 'line' as const,
    x1: 0,
    y1: 22 * (i + 1),
    x2: CONTENT_WIDTH - 20,
    y2: 22 * (i + 1),
    lineWidth: 0.5,
    lineColor: '#9aa0a6',
  })),
  margin: [0, 0, 0, 6],
});

const body = (q: PrintQuestion, writeHere: string): Content => {
  switch (q.kind) {
    case 'scale': {
      // The words for each end sit beside their box, where the eye reads them.
      const max = q.scaleMax ?? 5;
      const label = (p: number) => (p === 1 && q.low ? `1 — ${q.low}` : p === max && q.high ? `${max} — ${q.high}` : String(p));
      return { columns: Array.from({ length: max }, (_, i) => tick(label(i + 1))) };
    }
    case 'choice':
      return { stack: (q.options ?? []).map((o) => tick(o, false)) };
    case 'text':
      return { stack: [{ text: writeHere, style: 'small' }, writingLines(4)] };
  }
};

/** A blank copy for paper: the questions in one language, boxes to tick and lines to write on. */
export function surveyBlankDefinition(input: SurveyBlankInput): TDocumentDefinitions {
  const s = stringsFor(input.language);
  const v = s.survey;
  const content: Content[] = [
    rich(input.title, { style: 'title', color: input.office.primaryColor }),
    { text: fill(s.common.issuedOn, { date: formatDate(input.language, input.issuedOn) }), style: 'meta', margin: [0, 4, 0, 8] },
    ...(input.intro ? [rich(input.intro, { style: 'intro', margin: [0, 0, 0, 6] })] : []),
    { text: v.howTo, style: 'intro', margin: [0, 0, 0, 10] },
    {
      columns: [
        { width: 'auto', text: `${v.answeredOn}${input.language === 'fr' ? '\u00a0:' : ':'}`, style: 'label' },
        { width: 160, canvas: [{ type: 'line', x1: 6, y1: 10, x2: 160, y2: 10, lineWidth: 0.5 }] },
      ],
      margin: [0, 0, 0, 12],
    },
    ...input.questions.map((q, i): Content => ({
      stack: [rich(`${i + 1}. ${q.label}${q.required ? ' *' : ''}`, { bold: true, margin: [0, 8, 0, 6] }), body(q, v.writeHere)],
      unbreakable: true,
    })),
  ];
  return baseDocument(input.office, s, { title: v.docTitle, language: input.language === 'fr' ? 'fr-CA' : 'en-CA' }, content);
}
