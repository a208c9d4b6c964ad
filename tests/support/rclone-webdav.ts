import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, connect } from 'node:net';

/**
 * Debian's `rclone serve webdav`: a real WebDAV server nobody on this project wrote, and
 * strict where `webdav-server` is lenient (it refuses an unencoded `Destination`). Serves
 * `dir` on a free loopback port, over https when given a certificate and key.
 */
export interface RcloneServer {
  port: number;
  url: string;
  stop(): Promise<void>;
  start(): Promise<void>;
}

export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

const waitForPort = async (port: number, child: ChildProcess, ms = 15_000): Promise<void> => {
  const until = Date.now() + ms;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`rclone exited with ${child.exitCode}`);
    const ok = await new Promise<boolean>((res) => {
      const c = connect(port, '127.0.0.1', () => {
        c.end();
        res(true);
      });
      c.once('error', () => res(false));
    });
    if (ok) return;
    if (Date.now() > until) throw new Error('rclone did not start');
    await new Promise((r) => setTimeout(r, 50));
  }
};

export const startRclone = async (opts: { dir: string; user: string; pass: string; cert?: string; key?: string }): Promise<RcloneServer> => {
  const port = await freePort();
  let child: ChildProcess | null = null;
  const launch = async () => {
    const args = [
      'serve',
      'webdav',
      opts.dir,
      '--addr',
      `127.0.0.1:${port}`,
      '--user',
      opts.user,
      '--pass',
      opts.pass,
      '--config',
      '/dev/null',
      '--dir-cache-time',
      '0s',
    ];
    if (opts.cert && opts.key) args.push('--cert', opts.cert, '--key', opts.key);
    const c = spawn('rclone', args, { stdio: 'ignore' });
    child = c;
    await waitForPort(port, c);
  };
  await launch();
  const scheme = opts.cert ? 'https' : 'http';
  return {
    port,
    url: `${scheme}://127.0.0.1:${port}/`,
    start: launch,
    stop: async () => {
      const c = child;
      if (!c || c.exitCode !== null || c.signalCode !== null) return;
      await new Promise<void>((res) => {
        c.once('exit', () => res());
        c.kill('SIGTERM');
      });
    },
  };
};
