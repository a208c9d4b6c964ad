import { readFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { connect, rootCertificates, type PeerCertificate } from 'node:tls';
import { RelaisError } from '../../../shared/bridge/result';
import type { CertificateInfo } from '../../../shared/bridge/channels/sync';

/** One HTTP exchange; WebDAV needs nothing more (no streaming: parts are 256 KB). */
export interface HttpRequest {
  /** GET: the central office's WebDAV inbox downloads bundles (electron/services/central/webdav-inbox.ts). */
  method: 'PROPFIND' | 'PUT' | 'MOVE' | 'GET';
  url: string;
  headers: Record<string, string>;
  body?: Buffer;
  timeoutMs: number;
}
export interface HttpResponse {
  status: number;
  body: string;
  /** The body as received (a downloaded bundle is binary); both clients here set it. */
  bytes?: Buffer;
}
/**
 * Sends one request. Answers with any HTTP status; throws a RelaisError only when no
 * answer came: `sync_offline` (no connection) or `sync_cert_untrusted` (a
 * CertificateError saying whose certificate it was).
 */
export type HttpClient = (req: HttpRequest) => Promise<HttpResponse>;

/** The server answered with a certificate this computer does not trust. */
export class CertificateError extends RelaisError {
  constructor(readonly certificate: CertificateInfo | null) {
    super('sync_cert_untrusted', 'the server certificate is not trusted');
  }
}

/** OpenSSL's names (Node) and Chromium's (Electron's net) for "I do not trust this certificate". */
const CERT_CODES = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER|ERR_TLS_CERT_ALTNAME/;

export const isCertificateFailure = (err: unknown): boolean => {
  const e = err as { code?: unknown; message?: unknown; cause?: { code?: unknown; message?: unknown } } | undefined;
  return [e?.code, e?.cause?.code, e?.message, e?.cause?.message].some((v) => typeof v === 'string' && CERT_CODES.test(v));
};

/** Node hands UTF-8 name fields over as Latin-1 ("RÃ©seau"): read them back as UTF-8 when they are. */
const utf8 = (v: string): string => {
  if ([...v].some((ch) => ch.charCodeAt(0) > 0xff)) return v;
  const back = Buffer.from(v, 'latin1').toString('utf8');
  return back.includes('\uFFFD') ? v : back;
};

const nameOf = (n: PeerCertificate['subject'] | undefined): string =>
  n ? ['CN', 'OU', 'O', 'L', 'ST', 'C'].flatMap((k) => (n[k as keyof typeof n] ? [`${k}=${utf8(String(n[k as keyof typeof n]))}`] : [])).join(', ') : '';

/**
 * Whose certificate the server shows, read with verification off for this one look and
 * nothing sent: what the user reads to central IT to decide whether to trust it.
 */
export const peerCertificate = (url: string, timeoutMs = 10_000): Promise<CertificateInfo | null> =>
  new Promise((resolve) => {
    const u = new URL(url);
    if (u.protocol !== 'https:') return resolve(null);
    const host = u.hostname.replace(/^\[|\]$/g, '');
    const socket = connect({ host, port: Number(u.port || 443), servername: /^[\d.:]+$/.test(host) ? undefined : host, rejectUnauthorized: false });
    const done = (v: CertificateInfo | null) => {
      socket.destroy();
      resolve(v);
    };
    socket.setTimeout(timeoutMs, () => done(null));
    socket.once('error', () => done(null));
    socket.once('secureConnect', () => {
      const c = socket.getPeerCertificate();
      if (!c || !c.fingerprint256) return done(null);
      done({ subject: nameOf(c.subject), issuer: nameOf(c.issuer), sha256: c.fingerprint256, validFrom: c.valid_from, validTo: c.valid_to });
    });
  });

export interface NodeHttpOptions {
  /** A PEM file of certificate authorities to trust besides Node's own (browser mode). */
  caFile?: string | null;
}

const readCa = async (file: string): Promise<string> => {
  let pem: string;
  try {
    pem = await readFile(file, 'utf8');
  } catch {
    throw new RelaisError('sync_ca_file', 'the certificate authority file cannot be read');
  }
  if (!pem.includes('-----BEGIN CERTIFICATE-----')) throw new RelaisError('sync_ca_file', 'the certificate authority file holds no PEM certificate');
  return pem;
};

/**
 * Node's own HTTP stack, for the browser host and tests. It knows nothing of the
 * operating system's certificate store or proxy settings: the desktop app passes
 * Electron's network stack instead (`fetchHttpClient(net.fetch)` in electron/main.ts).
 */
export const nodeHttpClient =
  (opts: NodeHttpOptions = {}): HttpClient =>
  async (req) => {
    const ca = opts.caFile ? [...rootCertificates, await readCa(opts.caFile)] : undefined;
    const u = new URL(req.url);
    const send = u.protocol === 'https:' ? httpsRequest : httpRequest;
    try {
      return await new Promise<HttpResponse>((resolve, reject) => {
        const r = send(
          u,
          { method: req.method, headers: { ...req.headers, 'Content-Length': String(req.body?.length ?? 0) }, ca, timeout: req.timeoutMs, agent: false },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () => {
              const bytes = Buffer.concat(chunks);
              resolve({ status: res.statusCode ?? 0, body: bytes.toString('utf8'), bytes });
            });
            res.on('error', reject);
          },
        );
        r.on('timeout', () => r.destroy(new Error('timeout')));
        r.on('error', reject);
        r.end(req.body);
      });
    } catch (err) {
      if (isCertificateFailure(err)) throw new CertificateError(await peerCertificate(req.url));
      throw new RelaisError('sync_offline', 'the server could not be reached');
    }
  };

/** The subset of the Fetch API that Electron's `net.fetch` and Node's `fetch` share. */
export type FetchLike = (
  url: string,
  init: { method: string; headers: Record<string, string>; body?: Uint8Array<ArrayBuffer>; signal: AbortSignal; redirect: 'manual' },
) => Promise<{ status: number; text(): Promise<string>; arrayBuffer?(): Promise<ArrayBuffer> }>;

/**
 * Any fetch as an HttpClient. In the desktop app this is Electron's `net.fetch`, which goes
 * through Chromium's network stack: the operating system's certificate store (a health
 * network's own CA installed by its IT) and its proxy settings, PAC files included.
 */
export const fetchHttpClient =
  (fetchFn: FetchLike, certificateOf: (url: string) => Promise<CertificateInfo | null> = peerCertificate): HttpClient =>
  async (req) => {
    try {
      const res = await fetchFn(req.url, {
        method: req.method,
        headers: req.headers,
        body: req.body ? new Uint8Array(req.body) : undefined,
        signal: AbortSignal.timeout(req.timeoutMs),
        redirect: 'manual',
      });
      if (!res.arrayBuffer) return { status: res.status, body: await res.text() };
      const bytes = Buffer.from(await res.arrayBuffer());
      return { status: res.status, body: bytes.toString('utf8'), bytes };
    } catch (err) {
      if (isCertificateFailure(err)) throw new CertificateError(await certificateOf(req.url));
      throw new RelaisError('sync_offline', 'the server could not be reached');
    }
  };
