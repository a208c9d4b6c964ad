import { readFile } from 'node:fs/promises';

/**
 * Ends `npm test` with one line counting every test the two runners executed, read from
 * their JSON reports (Vitest: unit; Playwright: end-to-end). Fails if a report is missing
 * or if nothing ran, so a silent run can never pass as green.
 */
interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
}
interface PlaywrightReport {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number };
}

const read = async <T>(file: string): Promise<T> => JSON.parse(await readFile(file, 'utf8')) as T;

const main = async () => {
  const unit = await read<VitestReport>('.tmp/reports/unit.json');
  const e2e = await read<PlaywrightReport>('.tmp/reports/e2e.json');
  const passed = unit.numPassedTests + e2e.stats.expected + e2e.stats.flaky;
  const failed = unit.numFailedTests + e2e.stats.unexpected;
  const skipped = unit.numPendingTests + unit.numTodoTests + e2e.stats.skipped;
  console.log(`unit: ${unit.numPassedTests} passed, ${unit.numFailedTests} failed`);
  console.log(`e2e: ${e2e.stats.expected + e2e.stats.flaky} passed, ${e2e.stats.unexpected} failed, ${e2e.stats.skipped} skipped`);
  console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
  if (failed > 0 || passed === 0) process.exit(1);
};

main().catch((err: unknown) => {
  console.error(`test summary: a test report is missing or unreadable (${err instanceof Error ? err.message : String(err)})`);
  process.exit(1);
});
