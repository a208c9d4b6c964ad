import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RelaisHost {
  /** Page address with the token, as the printed URL gives it. */
  url: string;
  dataDir: string;
  close(): Promise<void>;
}

/**
 * One more Relais "machine" for tests that need several (two laptops and a central
 * office): the real browser host (`electron/web-host/cli.ts`) in its own process, on a
 * free loopback port, with its own main-process data folder. Its port makes it its own
 * origin, so its IndexedDB is its own too.
 */
export const startRelaisHost = async (name: string): Promise<RelaisHost> => {
  const dataDir = await mkdtemp(join(tmpdir(), `relais-${name}-`));
  const token = `e2e-${name}-0123456789abcdef`;
  // Port 0: the host takes a free port itself and prints it. A port picked here and handed
  // over could be taken by another test's process in between (the host then exited with 1).
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/web-host/cli.ts'], {
    env: { ...process.env, RELAIS_PORT: '0', RELAIS_DATA_DIR: dataDir, RELAIS_WEB_TOKEN: token, RELAIS_QUIET: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let errors = '';
  child.stderr.on('data', (d: Buffer) => (errors = (errors + d.toString()).slice(-2000)));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`host ${name} did not start`)), 60_000);
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /ready.*http:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
    child.once('exit', (code) => reject(new Error(`host ${name} exited (${code}): ${errors}`)));
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
