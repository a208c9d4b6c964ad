import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Poppler (Debian poppler-utils) reads the PDFs back the way a viewer would. */
const dir = mkdtempSync(join(tmpdir(), 'relais-pdf-'));
let n = 0;

export const savePdf = (bytes: Buffer): string => {
  const file = join(dir, `doc-${n++}.pdf`);
  writeFileSync(file, bytes);
  return file;
};

export const pdfText = (file: string, page?: number): string =>
  execFileSync('pdftotext', [...(page ? ['-f', String(page), '-l', String(page)] : []), '-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });

export interface FontRow {
  name: string;
  embedded: boolean;
}

export function pdfFonts(file: string): FontRow[] {
  const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).trim().split('\n').slice(2);
  return lines.map((line) => {
    // Columns after the name: type words, encoding, emb, sub, uni, object, generation.
    const cols = line.trim().split(/\s+/);
    return { name: cols[0] ?? '', embedded: cols[cols.length - 5] === 'yes' };
  });
}

/**
 * Share of dark pixels in the body of page 1 (below the header band), rendered in grey.
 * Text whose glyphs failed to embed still extracts with pdftotext but prints blank; this
 * catches it.
 */
export function bodyInk(file: string): number {
  const pgm = execFileSync('pdftoppm', ['-gray', '-r', '72', '-f', '1', '-l', '1', '-x', '0', '-y', '120', '-W', '612', '-H', '640', file]);
  // Binary PGM: "P5\n<w> <h>\n<max>\n" then one byte per pixel.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.toString('latin1', 0, 40));
  if (!header) throw new Error('not a PGM');
  const pixels = pgm.subarray(header[0].length);
  let dark = 0;
  for (const p of pixels) if (p < 160) dark++;
  return dark / pixels.length;
}

export interface ImageRow {
  page: number;
  type: string;
  width: number;
  height: number;
  /** Pixels per inch as drawn: a logo drawn larger has fewer. */
  xPpi: number;
}

/** Every image drawn in the file (pdfimages -list), one row per drawing, soft masks included. */
export function pdfImages(file: string): ImageRow[] {
  const lines = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).trim().split('\n').slice(2);
  return lines
    .filter((l) => l.trim() !== '')
    .map((line) => {
      // page num type width height color comp bpc enc interp object ID x-ppi y-ppi size ratio
      const c = line.trim().split(/\s+/);
      return { page: Number(c[0]), type: c[2] ?? '', width: Number(c[3]), height: Number(c[4]), xPpi: Number(c[12]) };
    });
}
