import type { AddressInfo } from 'node:net';
import { v2 as webdav } from 'webdav-server';

/**
 * A real WebDAV server (the protocol Nextcloud speaks) in the test's own process, on
 * loopback only, with Basic authentication for one user. Used by the sync unit tests
 * and by the end-to-end test that drives the Sync screen.
 */
export interface TestWebdavServer {
  dav: webdav.WebDAVServer;
  port: number;
  url: string;
  /** PUTs received per path. */
  puts: Map<string, number>;
  /** Starts again on the same port after `stop` (a link coming back). */
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Every file at the root, by name. */
  files(): Promise<Map<string, Buffer>>;
}

export const startWebdavServer = async (username: string, password: string): Promise<TestWebdavServer> => {
  const users = new webdav.SimpleUserManager();
  const user = users.addUser(username, password, false);
  const privileges = new webdav.SimplePathPrivilegeManager();
  privileges.setRights(user, '/', ['all']);
  const dav = new webdav.WebDAVServer({
    hostname: '127.0.0.1',
    // startAsync(0) alone falls back to webdav-server's default port 1900 (0 is falsy
    // there), so parallel runs on one machine collided; port 0 here picks a free one.
    port: 0,
    requireAuthentification: true,
    httpAuthentication: new webdav.HTTPBasicAuthentication(users, 'relais'),
    privilegeManager: privileges,
  });
  const puts = new Map<string, number>();
  dav.beforeRequest((ctx, next) => {
    if (ctx.request.method === 'PUT') puts.set(ctx.requested.path.toString(), (puts.get(ctx.requested.path.toString()) ?? 0) + 1);
    next();
  });
  const http = await dav.startAsync(0);
  const port = (http.address() as AddressInfo).port;
  return {
    dav,
    port,
    url: `http://127.0.0.1:${port}/`,
    puts,
    start: async () => {
      await dav.startAsync(port);
    },
    stop: async () => {
      await dav.stopAsync();
    },
    files: async () => {
      const ctx = dav.createExternalContext();
      const out = new Map<string, Buffer>();
      const names = await new Promise<string[]>((res, rej) => dav.rootFileSystem().readDir(ctx, '/', (e, n) => (e ? rej(e) : res(n ?? []))));
      for (const name of names) {
        const stream = await new Promise<NodeJS.ReadableStream>((res, rej) =>
          dav.rootFileSystem().openReadStream(ctx, `/${name}`, (e, s) => (e || !s ? rej(e) : res(s))),
        );
        const chunks: Buffer[] = [];
        for await (const c of stream) chunks.push(Buffer.from(c as Buffer));
        out.set(name, Buffer.concat(chunks));
      }
      return out;
    },
  };
};
