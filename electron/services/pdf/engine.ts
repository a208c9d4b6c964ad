import { createRequire } from 'node:module';
import pdfMake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { loadFonts, type VirtualFs } from './fonts';

/** What @types/pdfmake leaves out of the Node build's singleton. */
interface PdfMakeNode {
  virtualfs: VirtualFs;
}

let ready = false;

interface PdfKitDoc {
  fonts: Record<string, Record<string, string>>;
  fontCache: Record<string, Record<string, unknown>>;
  provideFont(family: string, bold: boolean, italics: boolean): unknown;
  font(src: unknown, ...rest: unknown[]): PdfKitDoc;
  _font: unknown;
}

/**
 * Charts are SVG, and pdfmake's SVG renderer asks PDFKit for a font by its virtual file
 * name, which PDFKit then looks for on disk. Answer such a request with the font pdfmake
 * already loaded from memory, so chart text uses the same embedded subset as the rest.
 */
function shareFontsWithSvg(): void {
  const proto = (createRequire(import.meta.url)('pdfmake/js/PDFDocument.js') as { default: { prototype: PdfKitDoc } }).default.prototype;
  const original = proto.font;
  proto.font = function (this: PdfKitDoc, src: unknown, ...rest: unknown[]) {
    if (typeof src === 'string' && rest.length === 0) {
      for (const [family, faces] of Object.entries(this.fonts ?? {})) {
        for (const [type, file] of Object.entries(faces)) {
          if (file !== src) continue;
          this._font = this.provideFont(family, type === 'bold' || type === 'bolditalics', type === 'italics' || type === 'bolditalics');
          return this;
        }
      }
    }
    return original.call(this, src, ...rest);
  };
}

/**
 * Registers fonts once per process. Documents are built only from our own definitions and
 * fonts already in memory, so every URL and local file access is refused: nothing a user
 * types can make pdfmake fetch or read a file.
 */
function prepare(): void {
  if (ready) return;
  pdfMake.addFonts(loadFonts((pdfMake as unknown as PdfMakeNode).virtualfs));
  pdfMake.setUrlAccessPolicy(() => false);
  pdfMake.setLocalAccessPolicy(() => false);
  shareFontsWithSvg();
  ready = true;
}

export interface Rendered {
  bytes: Buffer;
  pages: number;
}

/** Renders a definition; the page count is read from the footer pdfmake calls on every page. */
export async function renderPdf(def: TDocumentDefinitions): Promise<Rendered> {
  prepare();
  let pages = 0;
  const footer = def.footer;
  const counted: TDocumentDefinitions = {
    ...def,
    footer: (current, count, size) => {
      pages = count;
      return typeof footer === 'function' ? footer(current, count, size) : footer;
    },
  };
  const bytes = await pdfMake.createPdf(counted).getBuffer();
  return { bytes, pages };
}
