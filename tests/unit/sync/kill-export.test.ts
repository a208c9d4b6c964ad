import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEVICE, ageKeygen, partner, tempDir, type AgeIdentity } from './fixtures';
import { makeService } from './service-helpers';

let tmp: ReturnType<typeof tempDir>;
let central: AgeIdentity;

beforeEach(() => {
  tmp = tempDir();
  central = ageKeygen(tmp.dir);
});
afterEach(() => tmp.cleanup());

const tsxLoader = createRequire(import.meta.url).resolve('tsx');

describe('an export killed between the temporary write and the rename', () => {
  it('leaves no partial bundle in the outbox, and the changes go in the next export', async () => {
    const data = join(tmp.dir, 'data');
    const child = spawn(process.execPath, ['--import', tsxLoader, join(import.meta.dirname, 'kill-export.child.ts'), data, central.recipient], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    // Kill it the moment it reaches the rename: the power is cut, nothing runs after.
    const killed = await new Promise<NodeJS.Signals | null>((resolve, reject) => {
      child.stdout.on('data', (b: Buffer) => {
        if (b.toString().includes('AT_RENAME')) child.kill('SIGKILL');
      });
      child.on('exit', (_code, signal) => resolve(signal));
      child.on('error', reject);
    });
    expect(killed).toBe('SIGKILL');
    // The bundle's bytes were written and flushed to a temporary file, but nothing counts as a bundle.
    const leftovers = readdirSync(join(data, 'sync', 'outbox'));
    expect(leftovers.filter((f) => f.endsWith('.tmp'))).toHaveLength(1);
    expect(leftovers.filter((f) => f.endsWith('.age') || f.endsWith('.json'))).toEqual([]);

    // The laptop restarts.
    const svc = makeService(data);
    const status = await svc.status();
    expect(status.pendingBundles).toBe(0);
    expect(status.sinceStamp).toBeNull();
    const again = await svc.exportBundle({
      full: false,
      sinceStamp: null,
      deviceId: DEVICE,
      establishment: 'X',
      records: { partners: [partner(1), partner(2)] },
    });
    expect(again.records).toBe(2);
    expect((await svc.status()).pendingBundles).toBe(1);
    // The restart swept the orphaned temporary file.
    expect(readdirSync(join(data, 'sync', 'outbox')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
