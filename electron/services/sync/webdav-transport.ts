import { RelaisError } from '../../../shared/bridge/result';
import { davFileUrl, davFolderUrl } from './dav-path';
import { nodeHttpClient, type HttpClient, type HttpResponse } from './http';
import type { Transport } from './transport';

export interface WebdavTarget {
  url: string;
  username: string;
  password: string;
  /** Per request; a 256 KB part over a slow satellite link can take a minute. */
  timeoutMs?: number;
  /** How requests travel: Electron's network stack in the desktop app, Node's elsewhere. */
  http?: HttpClient;
  /** Browser mode: a PEM file of certificate authorities to trust (ignored when `http` is given). */
  caFile?: string | null;
}

type Step = 'probe' | 'stat' | 'put' | 'move';

/**
 * What an HTTP status means for the outbox, without echoing server text. 401 is the
 * password; 404/409 on the folder or on writing into it mean the folder is missing (a
 * problem of the target, not of this bundle); 403 on the folder is a permission central IT
 * must give, on one file a refusal of that file (Nextcloud refuses some names).
 */
export const webdavStatusError = (status: number, step: Step): RelaisError => {
  if (status === 401) return new RelaisError('sync_auth', 'the server refused the credentials (HTTP 401)');
  if ((status === 404 && step !== 'stat') || status === 409)
    return new RelaisError('sync_folder_missing', `the folder on the server does not exist (HTTP ${status})`);
  if (status === 403)
    return step === 'probe'
      ? new RelaisError('sync_forbidden', 'the server refuses access to the folder (HTTP 403)')
      : new RelaisError('sync_rejected', 'the server refused this file (HTTP 403)');
  if (status >= 500 || status === 408 || status === 429) return new RelaisError('sync_server', `the server is failing (HTTP ${status})`);
  return new RelaisError('sync_rejected', `the server refused this file (HTTP ${status})`);
};

const PROPFIND_BODY = '<?xml version="1.0" encoding="utf-8"?><d:propfind xmlns:d="DAV:"><d:prop><d:resourcetype/><d:getcontentlength/></d:prop></d:propfind>';

/** A Depth: 0 PROPFIND answer, read for the two properties Relais asks for. */
const readProps = (res: HttpResponse): { collection: boolean; size: number | null } => {
  // Prefixes vary by server (d:, D:, none, lp1:): match the local names.
  const collection = /<(?:[\w-]+:)?collection\b[^>]*\/?>/i.test(res.body);
  const m = /<(?:[\w-]+:)?getcontentlength\b[^>]*>\s*(\d+)\s*</i.exec(res.body);
  return { collection, size: m ? Number(m[1]) : null };
};

/**
 * WebDAV as Nextcloud, Apache mod_dav and rclone speak it, with three methods only:
 * PROPFIND (Depth 0, for sizes), PUT and MOVE with Overwrite — no DELETE, LOCK or MKCOL.
 * Neither Nextcloud nor common servers honour conditional PUT, so each piece is uploaded
 * under a temporary name (`.uploading`), moved into place, and confirmed by reading back
 * its size. A piece already there with the right size counts as delivered, which is how
 * an interrupted upload resumes without sending it twice. Every address, the MOVE's
 * `Destination` included, is encoded the same way (`dav-path.ts`).
 */
export const webdavTransport = (target: WebdavTarget): Transport => {
  const folder = davFolderUrl(target.url);
  const http = target.http ?? nodeHttpClient({ caFile: target.caFile });
  const timeoutMs = target.timeoutMs ?? 120_000;
  const auth = `Basic ${Buffer.from(`${target.username}:${target.password}`, 'utf8').toString('base64')}`;

  const propfind = async (url: string, step: Step): Promise<{ collection: boolean; size: number | null } | null> => {
    const res = await http({
      method: 'PROPFIND',
      url,
      headers: { Authorization: auth, Depth: '0', 'Content-Type': 'application/xml; charset=utf-8' },
      body: Buffer.from(PROPFIND_BODY),
      timeoutMs,
    });
    if (res.status === 207 || res.status === 200) return readProps(res);
    if (step === 'stat' && res.status === 404) return null;
    throw webdavStatusError(res.status, step);
  };

  const expectOk = (res: HttpResponse, step: Step) => {
    if (res.status < 200 || res.status >= 300) throw webdavStatusError(res.status, step);
  };

  return {
    kind: 'webdav',
    async probe() {
      const root = await propfind(folder, 'probe');
      if (!root?.collection) throw new RelaisError('sync_folder_missing', 'the address is not a folder on the server');
    },
    async put(name, bytes) {
      const url = davFileUrl(folder, name);
      const existing = await propfind(url, 'stat');
      if (existing && !existing.collection && existing.size === bytes.length) return;
      const tmp = davFileUrl(folder, `${name}.uploading`);
      const body = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
      expectOk(await http({ method: 'PUT', url: tmp, headers: { Authorization: auth, 'Content-Type': 'application/octet-stream' }, body, timeoutMs }), 'put');
      expectOk(await http({ method: 'MOVE', url: tmp, headers: { Authorization: auth, Destination: url, Overwrite: 'T' }, timeoutMs }), 'move');
      const landed = await propfind(url, 'stat');
      if (!landed || landed.size !== bytes.length) throw new RelaisError('sync_verify_failed', 'the server does not hold the whole file');
    },
  };
};
