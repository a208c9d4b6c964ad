import * as qrEncModule from 'pdfmake/js/qrEnc.js';

interface QrRect {
  x: number;
  y: number;
  w: number;
  h: number;
  color: string;
}
interface QrEncoder {
  measure(node: { qr: string; fit?: number; eccLevel?: string; padding?: number }): { _canvas: QrRect[]; _width: number };
}

// pdfmake ships its QR encoder as transpiled CommonJS; depending on the loader (Node's ESM,
// a bundler) the object sits one or two `default`s deep.
type Wrapped = Partial<QrEncoder> & { default?: Wrapped };
const unwrap = (m: Wrapped | undefined): QrEncoder => {
  for (let cur = m; cur; cur = cur.default) if (typeof cur.measure === 'function') return cur as QrEncoder;
  throw new Error('pdfmake QR encoder not found');
};
const encoder = unwrap(qrEncModule as unknown as Wrapped);

/**
 * The dark modules of a QR code, from the same encoder pdfmake uses for posters, so the
 * printed poster and its images carry the same code.
 */
export function qrModules(payload: string, size: number): { size: number; rects: Array<{ x: number; y: number; w: number }> } {
  const node = encoder.measure({ qr: payload, fit: size, eccLevel: 'M' });
  const [background, ...dark] = node._canvas;
  return { size: background?.w ?? node._width, rects: dark.map((r) => ({ x: r.x, y: r.y, w: r.w })) };
}
