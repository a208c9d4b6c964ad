import pdfMake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { loadFonts, type VirtualFs } from './fonts';

/** What @types/pdfmake leaves out of the Node build's singleton. */
interface PdfMakeNode {
  virtualfs: VirtualFs;
}

let ready = false;

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
