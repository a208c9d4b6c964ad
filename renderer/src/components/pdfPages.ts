import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

/**
 * Draws a PDF's pages with pdf.js, offline: the worker is a file of the app itself
 * (allowed by the CSP's script-src 'self'), eval is off, and the fonts are the PDF's own
 * embedded subsets, so nothing is fetched. Loaded on first use to keep start-up light.
 */
const load = async () => {
  const pdfjs = await import('pdfjs-dist');
  pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
  return pdfjs;
};

const toBytes = (base64: string): Uint8Array => {
  const bin = atob(base64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return bytes;
};

/** Renders every page onto its own canvas, `cssWidth` pixels wide on screen, sharp on high-DPI screens. */
export async function renderPages(base64: string, cssWidth: number, signal: { cancelled: boolean }): Promise<HTMLCanvasElement[]> {
  const pdfjs = await load();
  const doc = await pdfjs.getDocument({ data: toBytes(base64), isEvalSupported: false, useSystemFonts: false, enableXfa: false }).promise;
  try {
    const canvases: HTMLCanvasElement[] = [];
    for (let n = 1; n <= doc.numPages && !signal.cancelled; n++) {
      const page = await doc.getPage(n);
      const base = page.getViewport({ scale: 1 });
      const ratio = Math.max(1, window.devicePixelRatio || 1);
      const viewport = page.getViewport({ scale: (cssWidth / base.width) * ratio });
      const canvas = document.createElement('canvas');
      canvas.width = Math.floor(viewport.width);
      canvas.height = Math.floor(viewport.height);
      canvas.style.width = `${Math.floor(viewport.width / ratio)}px`;
      await page.render({ canvas, viewport }).promise;
      canvases.push(canvas);
    }
    return canvases;
  } finally {
    void doc.destroy();
  }
}
