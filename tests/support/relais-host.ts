import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RelaisHost {
  /** Page address with the token, as the printed URL gives it. */
  url: string;
  dataDir: string;
  close(): Promise<void>;
}

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });

/**
 * One more Relais "machine" for tests that need several (two laptops and a central
 * office): the real browser host (`electron/web-host/cli.ts`) in its own process, on a
 * free loopback port, with its own main-process data folder. Its port makes it its own
 * origin, so its IndexedDB is its own too.
 */
export const startRelaisHost = async (name: string): Promise<RelaisHost> => {
  const dataDir = await mkdtemp(join(tmpdir(), `relais-${name}-`));
  const token = `e2e-${name}-0123456789abcdef`;
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/web-host/cli.ts'], {
    env: { ...process.env, RELAIS_PORT: String(port), RELAIS_DATA_DIR: dataDir, RELAIS_WEB_TOKEN: token, RELAIS_QUIET: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`host ${name} did not start`)), 60_000);
    child.stdout.on('data', (d: Buffer) => {
      if (d.toString().includes('ready')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => reject(new Error(`host ${name} exited (${code})`)));
  });
  return {
    url: `http://127.0.0.1:${port}/#token=${token}`,
    dataDir,
    async close() {
      const gone = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await gone;
      await rm(dataDir, { recursive: true, force: true });
    },
  };
};
