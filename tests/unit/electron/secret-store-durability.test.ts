import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// Installed by .ci/run; skipped (and reported so) where ptrace is not allowed.
const hasStrace = spawnSync('strace', ['-qq', '-o', '/dev/null', 'true']).status === 0;

/**
 * A power cut can lose a rename that is not flushed to its folder. What reaches the disk is
 * not observable without cutting power, so the test watches the system calls themselves:
 * the real store, in its own process, under strace.
 */
describe.skipIf(!hasStrace)('secret store durability', () => {
  it('flushes the file, renames it into place, then flushes the folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'relais-secrets-'));
    try {
      const trace = join(dir, 'trace');
      execFileSync(
        'strace',
        [
          '-f',
          '-qq',
          '-y',
          '-e',
          'trace=fsync,fdatasync,rename,renameat,renameat2',
          '-o',
          trace,
          resolve('node_modules/.bin/tsx'),
          resolve('tests/unit/electron/secret-store-write.child.ts'),
          join(dir, 'data'),
        ],
        { stdio: 'ignore' },
      );
      const secrets = join(dir, 'data', 'secrets');
      const calls = readFileSync(trace, 'utf8')
        .split('\n')
        .filter((l) => l.includes(secrets))
        .map((l) => l.replace(/^\d+\s+/, ''));
      const renamed = calls.findIndex((l) => /^rename/.test(l) && l.includes('device-key.secret"'));
      expect(renamed).toBeGreaterThan(0);
      expect(calls.slice(0, renamed).some((l) => /^f(data)?sync\(\d+<.*device-key\.secret\.tmp>\)/.test(l))).toBe(true);
      expect(calls.slice(renamed + 1).some((l) => new RegExp(`^f(data)?sync\\(\\d+<${secrets}>\\)`).test(l))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
