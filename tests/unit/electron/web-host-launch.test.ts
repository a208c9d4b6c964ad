import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, stat, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchToken } from '../../../electron/web-host/token';

let busy: Server;
let busyPort = 0;
let root = '';

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'relais-launch-'));
  await mkdir(join(root, 'renderer'));
  await writeFile(join(root, 'renderer', 'index.html'), '<!doctype html><title>Relais</title>');
  busy = createServer();
  await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
  busyPort = (busy.address() as { port: number }).port;
});
afterAll(() => new Promise<void>((resolve) => busy.close(() => resolve())));

describe('browser mode across launches', () => {
  it('keeps the same token from one launch to the next, in a file only the user can read', async () => {
    const dir = join(root, 'data-token');
    await mkdir(dir, { recursive: true });
    const first = await launchToken(dir);
    expect(first).toMatch(/^[A-Za-z0-9_-]{32,}$/);
    expect(await launchToken(dir)).toBe(first);
    expect((await stat(join(dir, 'web-token'))).mode & 0o777).toBe(0o600);
  });

  it('started on a port already taken, says so in one line: which port, how to choose another', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'electron/web-host/cli.ts'], {
      encoding: 'utf8',
      timeout: 30_000,
      env: {
        ...process.env,
        RELAIS_PORT: String(busyPort),
        RELAIS_RENDERER_DIR: join(root, 'renderer'),
        RELAIS_DATA_DIR: join(root, 'data-cli'),
        RELAIS_QUIET: '1',
      },
    });
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(String(busyPort));
    expect(lines[0]).toContain('RELAIS_PORT');
    expect(r.stderr).not.toMatch(/\bat .+:\d+:\d+/);
  });
});
