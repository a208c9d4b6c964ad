import { describe, expect, it } from 'vitest';
import { fuzzBundles } from '../../robustness/fuzz-bundle';
import { fuzzCsv } from '../../robustness/fuzz-csv';

// The CI share of `npm run fuzz` (which runs ≥ 10,000 of each): a different seed each
// file would make failures unreproducible, so the seed is fixed and printed on failure.
describe('seeded fuzzing', () => {
  it('refuses every altered bundle with a project error code, bombs included, in bounded memory', { timeout: 120_000 }, async () => {
    const t = await fuzzBundles({ seed: 1717, count: 1500, bombEvery: 500 });
    expect(t.tried).toBe(1500);
    expect(t.examples).toEqual([]);
    expect(t.untyped).toBe(0);
    expect(t.acceptedUnexpected).toBe(0);
    expect(t.codes.bundle_too_large).toBe(3);
    // The bombs would take gigabytes unchecked; the reader stops at its 128 MiB limit.
    expect(t.peakRssMb).toBeLessThan(700);
  });

  it('answers every mutated CSV file row by row with an importer code, never by throwing', () => {
    const t = fuzzCsv({ seed: 1717, count: 1500 });
    expect(t.examples).toEqual([]);
    expect(t.untyped).toBe(0);
    expect(t.acceptedUnexpected).toBe(0);
    expect(t.refused).toBeGreaterThan(1000);
  });
});
