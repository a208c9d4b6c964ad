import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { HandlerTable } from '../../shared/bridge/contract';
import { fail } from '../../shared/bridge/result';
import { dispatch } from '../bridge/dispatch';
import { CONTENT_SECURITY_POLICY } from '../security';
import { readStatic } from '../static-files';
import type { Logger } from '../services/logger';

/**
 * The loopback twin of Electron's IPC: serves the built renderer and routes
 * POST /bridge/<channel> to the same dispatch and handler table. Bound to 127.0.0.1 only;
 * every bridge call must carry the per-launch token, and Host/Origin must be ours so a
 * web page elsewhere (or DNS rebinding) cannot reach it.
 */
export interface WebHostOptions {
  rendererDir: string;
  handlers: HandlerTable;
  token: string;
  log: Logger;
  port?: number;
  /** Largest accepted request body; a full bundle export of a big bank is tens of MB. */
  maxBodyBytes?: number;
}

export interface WebHost {
  url: string;
  port: number;
  close(): Promise<void>;
}

const sameToken = (given: string | undefined, token: string): boolean => {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
};

const readBody = (req: IncomingMessage, limit: number): Promise<string> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        reject(new Error('too_large'));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });

const send = (res: ServerResponse, status: number, body: string | Buffer, type: string) => {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  });
  res.end(body);
};

export const startWebHost = async (opts: WebHostOptions): Promise<WebHost> => {
  const limit = opts.maxBodyBytes ?? 256 * 1024 * 1024;
  let port = opts.port ?? 0;
  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);

  const serveStatic = async (pathname: string, res: ServerResponse) => {
    const file = await readStatic(opts.rendererDir, pathname);
    if (file) send(res, 200, file.body, file.type);
    else send(res, 404, 'not found', 'text/plain');
  };

  const server = createServer((req, res) => {
    void (async () => {
      const host = req.headers.host ?? '';
      if (!allowedHosts().has(host)) return send(res, 421, 'wrong host', 'text/plain');
      const url = new URL(req.url ?? '/', `http://${host}`);
      if (req.method === 'GET' || req.method === 'HEAD') return serveStatic(url.pathname, res);
      const m = /^\/bridge\/([a-zA-Z.]+)$/.exec(url.pathname);
      if (req.method !== 'POST' || !m) return send(res, 404, 'not found', 'text/plain');
      const origin = req.headers.origin;
      const tokenOk = sameToken(req.headers['x-relais-token'] as string | undefined, opts.token);
      if (!tokenOk || (origin && !allowedHosts().has(origin.replace(/^http:\/\//, '')))) {
        return send(res, 403, JSON.stringify(fail('forbidden')), 'application/json');
      }
      let input: unknown;
      try {
        input = JSON.parse(await readBody(req, limit));
      } catch {
        return send(res, 400, JSON.stringify(fail('invalid_input')), 'application/json');
      }
      const result = await dispatch(opts.handlers, m[1] as string, input, opts.log);
      send(res, 200, JSON.stringify(result), 'application/json; charset=utf-8');
    })().catch(() => {
      opts.log.error('webhost.request_failed');
      if (!res.headersSent) send(res, 500, JSON.stringify(fail('internal')), 'application/json');
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    port,
    url: `http://127.0.0.1:${port}/#token=${opts.token}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};
