import { mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { RelaisError } from '../../../shared/bridge/result';
import { writeFileAtomic } from '../sync/atomic';
import { davFileUrl, davFolderUrl } from '../sync/dav-path';
import { nodeHttpClient, type HttpClient } from '../sync/http';
import { webdavStatusError } from '../sync/webdav-transport';
import { safeName } from './inbox';

export interface WebdavInbox {
  url: string;
  username: string;
  password: string;
  /** Browser mode: a PEM file of certificate authorities to trust (ignored when `http` is given). */
  caFile?: string | null;
  /** How requests travel: the desktop app passes Electron's network stack, as for sync. */
  http?: HttpClient;
  timeoutMs?: number;
}

const wanted = (name: string) => safeName(name) && (name.endsWith('.age') || /\.age\.part-\d{4}$/.test(name) || name.endsWith('.age.parts.json'));

const LISTING_BODY = '<?xml version="1.0" encoding="utf-8"?><d:propfind xmlns:d="DAV:"><d:prop><d:getcontentlength/><d:resourcetype/></d:prop></d:propfind>';

/** The files of a Depth: 1 PROPFIND answer: name (last path segment, decoded) and size. */
const readListing = (xml: string, folderPath: string): { name: string; size: number }[] => {
  const out: { name: string; size: number }[] = [];
  for (const m of xml.matchAll(/<(?:[\w-]+:)?response\b[^>]*>([\s\S]*?)<\/(?:[\w-]+:)?response>/gi)) {
    const body = m[1] ?? '';
    const href = /<(?:[\w-]+:)?href\b[^>]*>([^<]*)</i.exec(body)?.[1]?.trim();
    if (!href || /<(?:[\w-]+:)?collection\b/i.test(body)) continue;
    const path = href.replace(/^https?:\/\/[^/]+/i, '');
    if (path === folderPath) continue;
    const size = Number(/<(?:[\w-]+:)?getcontentlength\b[^>]*>\s*(\d+)\s*</i.exec(body)?.[1] ?? NaN);
    let name: string;
    try {
      name = decodeURIComponent(path.split('/').filter(Boolean).pop() ?? '');
    } catch {
      continue;
    }
    if (name && Number.isFinite(size)) out.push({ name, size });
  }
  return out;
};

/**
 * Copies what the WebDAV inbox holds and this machine does not yet have into a local
 * cache folder, which is then scanned like any folder. A file already here with the same
 * size is not downloaded again. Manifests are copied last, so a scan that runs while
 * parts are downloading never sees a manifest without its parts. Two methods only:
 * PROPFIND (Depth 1) and GET, through the same HTTP client and the same address encoding
 * as the laptops' sync transport: Electron's network stack in the desktop app (system
 * certificates and proxies), Node's with the CA file in browser mode; an untrusted
 * certificate is a CertificateError saying whose it is, a refused password `sync_auth`.
 */
export const pullWebdav = async (inbox: WebdavInbox, cacheDir: string): Promise<number> => {
  await mkdir(cacheDir, { recursive: true, mode: 0o700 });
  const folder = davFolderUrl(inbox.url);
  const http = inbox.http ?? nodeHttpClient({ caFile: inbox.caFile });
  const timeoutMs = inbox.timeoutMs ?? 120_000;
  const auth = `Basic ${Buffer.from(`${inbox.username}:${inbox.password}`, 'utf8').toString('base64')}`;
  const res = await http({
    method: 'PROPFIND',
    url: folder,
    headers: { Authorization: auth, Depth: '1', 'Content-Type': 'application/xml; charset=utf-8' },
    body: Buffer.from(LISTING_BODY),
    timeoutMs,
  });
  if (res.status !== 207 && res.status !== 200) throw webdavStatusError(res.status, 'probe');
  const files = readListing(res.body, new URL(folder).pathname).filter((f) => wanted(f.name));
  files.sort((a, b) => Number(a.name.endsWith('.parts.json')) - Number(b.name.endsWith('.parts.json')));
  let pulled = 0;
  for (const f of files) {
    const local = join(cacheDir, f.name);
    const have = await stat(local).catch(() => null);
    if (have && have.size === f.size) continue;
    const got = await http({ method: 'GET', url: davFileUrl(folder, f.name), headers: { Authorization: auth }, timeoutMs });
    if (got.status !== 200) throw webdavStatusError(got.status, 'stat');
    const bytes = got.bytes ?? Buffer.from(got.body, 'utf8');
    // A file cut short on the way is not kept: the next pull fetches it again.
    if (bytes.length !== f.size) throw new RelaisError('sync_verify_failed', 'the server sent a file of another size than it listed');
    await writeFileAtomic(local, new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length));
    pulled++;
  }
  return pulled;
};
