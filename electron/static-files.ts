import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

/**
 * Serves the built renderer's files, for both the desktop app's `app://relais/` scheme and
 * the browser host: only files inside the renderer folder, with their content type.
 */
const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  // pdf.js's worker is an ES module file; without its type the browser refuses to run it.
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ico': 'image/x-icon',
};

/** The file a URL path names inside `rootDir`, or null when it would step outside it. */
export const resolveStatic = (rootDir: string, pathname: string): string | null => {
  let rel: string;
  try {
    rel = pathname === '/' || pathname === '' ? 'index.html' : decodeURIComponent(pathname.replace(/^\/+/, ''));
  } catch {
    return null;
  }
  const file = normalize(join(rootDir, rel));
  return file.startsWith(normalize(rootDir) + sep) ? file : null;
};

export const readStatic = async (rootDir: string, pathname: string): Promise<{ body: Buffer; type: string } | null> => {
  const file = resolveStatic(rootDir, pathname);
  if (!file) return null;
  try {
    if (!(await stat(file)).isFile()) return null;
    return { body: await readFile(file), type: MIME[extname(file)] ?? 'application/octet-stream' };
  } catch {
    return null;
  }
};
