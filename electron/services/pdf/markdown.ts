import { Lexer, type Token, type Tokens } from 'marked';
import type { Column, Content, ContentText } from 'pdfmake/interfaces';
import type { PrintOffice } from '../../../shared/printables/schemas';
import { FONT } from './fonts';
import { CONTENT_WIDTH, sectionHeading } from './layout';
import { scriptRuns } from './scripts';

type Inline = { bold?: boolean; italics?: boolean; decoration?: 'lineThrough' };

/** Text runs split by script, so a syllabics word typed in a guide gets its font. */
const runs = (text: string, style: Inline): ContentText[] =>
  scriptRuns(text).map((r) => ({ text: r.text, ...style, ...(r.font === FONT.latin ? {} : { font: r.font }) }));

/** Inline tokens (bold, italics, links, line breaks) as pdfmake text runs. */
function inline(tokens: Token[] | undefined, style: Inline = {}): ContentText[] {
  const out: ContentText[] = [];
  for (const t of tokens ?? []) {
    switch (t.type) {
      case 'strong':
        out.push(...inline((t as Tokens.Strong).tokens, { ...style, bold: true }));
        break;
      case 'em':
        out.push(...inline((t as Tokens.Em).tokens, { ...style, italics: true }));
        break;
      case 'del':
        out.push(...inline((t as Tokens.Del).tokens, { ...style, decoration: 'lineThrough' }));
        break;
      case 'br':
        out.push({ text: '\n' });
        break;
      case 'checkbox':
        // Drawn as a box by the list item itself.
        break;
      case 'text':
        if ('tokens' in t && t.tokens?.length) out.push(...inline(t.tokens, style));
        else out.push(...runs((t as Tokens.Text).text, style));
        break;
      case 'link':
        // The address is printed: a sheet of paper cannot be clicked.
        out.push(...inline((t as Tokens.Link).tokens, style));
        if ((t as Tokens.Link).text !== (t as Tokens.Link).href) out.push(...runs(` (${(t as Tokens.Link).href.replace(/^mailto:/, '')})`, style));
        break;
      case 'escape':
      case 'codespan':
        out.push(...runs((t as Tokens.Escape).text, style));
        break;
      default:
        // Raw HTML and anything else prints as the text that was typed, never as markup.
        out.push(...runs(t.raw, style));
    }
  }
  return out;
}

/** Headings, remembered so each is kept on the same page as what follows it. */
const headings = new WeakSet<object>();
const heading = (c: Content): Content => {
  headings.add(c as object);
  return c;
};

/** An empty box to tick by hand, for checklists. */
const box = (size: number): Column => ({ width: size + 8, canvas: [{ type: 'rect', x: 0, y: 1.5, w: size, h: size, lineWidth: 0.9, lineColor: '#1d1d1f' }] });

function list(token: Tokens.List, office: PrintOffice, depth: number): Content {
  const items: Content[] = token.items.map((item) => {
    const blocks = blocksOf(item.tokens, office, depth + 1);
    if (!item.task) return { stack: blocks, margin: [0, 0, 0, 3] };
    return { columns: [box(9), { width: '*', stack: blocks }], margin: [0, 0, 0, 5] };
  });
  const tasks = token.items.every((i) => i.task);
  if (tasks) return { stack: items, margin: [depth ? 10 : 4, 2, 0, 6] };
  return token.ordered
    ? { ol: items, start: typeof token.start === 'number' ? token.start : 1, margin: [depth ? 10 : 4, 2, 0, 6], markerColor: office.primaryColor }
    : { ul: items, margin: [depth ? 10 : 4, 2, 0, 6], markerColor: office.accentColor };
}

function blocksOf(tokens: Token[], office: PrintOffice, depth: number): Content[] {
  const out: Content[] = [];
  for (const t of tokens) {
    switch (t.type) {
      case 'heading': {
        const h = t as Tokens.Heading;
        if (h.depth === 1) out.push(heading({ text: inline(h.tokens), style: 'subtitle', color: office.primaryColor, fontSize: 16, margin: [0, 6, 0, 6] }));
        else if (h.depth === 2) out.push(heading(sectionHeading(inline(h.tokens), office, 10)));
        else out.push(heading({ text: inline(h.tokens), bold: true, margin: [0, 6, 0, 2] }));
        break;
      }
      case 'paragraph':
        out.push({ text: inline((t as Tokens.Paragraph).tokens), margin: [0, 0, 0, 6] });
        break;
      case 'text':
        out.push({ text: inline('tokens' in t && t.tokens ? t.tokens : [t]) });
        break;
      case 'list':
        out.push(list(t as Tokens.List, office, depth));
        break;
      case 'blockquote':
        // Words to say, in a script: set apart with the accent colour.
        out.push({
          table: { widths: ['*'], body: [[{ stack: blocksOf((t as Tokens.Blockquote).tokens, office, depth), italics: true }]] },
          layout: {
            hLineWidth: () => 0,
            vLineWidth: (i) => (i === 0 ? 3 : 0),
            vLineColor: () => office.accentColor,
            paddingLeft: () => 10,
            paddingTop: () => 2,
            paddingBottom: () => 0,
          },
          margin: [0, 2, 0, 8],
        });
        break;
      case 'hr':
        out.push({ canvas: [{ type: 'line', x1: 0, y1: 0, x2: CONTENT_WIDTH, y2: 0, lineWidth: 0.5, lineColor: '#d5d8dc' }], margin: [0, 6, 0, 6] });
        break;
      case 'code':
        out.push({ text: runs((t as Tokens.Code).text, {}), margin: [0, 0, 0, 6] });
        break;
      case 'space':
      case 'def':
      case 'checkbox':
        break;
      default:
        out.push({ text: runs(t.raw, {}), margin: [0, 0, 0, 6] });
    }
  }
  return out;
}

/**
 * A guide's Markdown as pdfmake content. marked's lexer does the parsing (no hand-written
 * parser); only headings, paragraphs, lists, check boxes, quotes and emphasis are mapped.
 * A second-level heading is kept with what follows it so it never ends a page alone.
 */
export function markdownContent(markdown: string, office: PrintOffice): Content[] {
  const blocks = blocksOf(Lexer.lex(markdown, { gfm: true }), office, 0);
  const out: Content[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    const next = blocks[i + 1];
    if (typeof b === 'object' && b !== null && headings.has(b) && next !== undefined) {
      out.push({ stack: [b, next], unbreakable: true });
      i++;
    } else if (b !== undefined) out.push(b);
  }
  return out;
}
