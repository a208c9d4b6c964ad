import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runKills } from '../../robustness/kill';
import { tempDir } from '../sync/fixtures';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.cleanup());

// The CI share of `npm run fuzz:kill` (100 kills on demand, tally in docs/robustness.md).
describe('SIGKILL during export and delivery', () => {
  it('loses no record, and every restart and every delivered file reads back', { timeout: 120_000 }, async () => {
    const t = await runKills({ seed: 5, kills: 5, dir: tmp.dir });
    expect(t.kills).toBe(5);
    expect(t.restartErrors).toEqual([]);
    expect(t.deliveredDamaged).toEqual([]);
    expect(t.recordsTyped).toBeGreaterThan(5);
    expect(t.recordsLost).toBe(0);
    expect(t.finalPending).toBe(0);
  });
});
