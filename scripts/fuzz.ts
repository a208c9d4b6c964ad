/**
 * The attacks stay in the project: mutated bundles and CSV files from a seeded generator.
 *   npm run fuzz                       10,000 bundles and 10,000 CSV files, seed 17
 *   npm run fuzz -- --count 20000 --seed 3 [--no-write]
 * Prints the tallies and writes them to docs/robustness.md (section "fuzz"). Exit status 1
 * when an input was accepted although altered or refused without a project error code.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fuzzBundles } from '../tests/robustness/fuzz-bundle';
import { fuzzCsv } from '../tests/robustness/fuzz-csv';
import { replaceSection, tallyTable } from '../tests/robustness/tally';

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const count = arg('--count', 10_000);
const seed = arg('--seed', 17);

const main = async () => {
  const csv = fuzzCsv({ seed, count });
  console.log(`csv: ${JSON.stringify(csv)}`);
  const bundles = await fuzzBundles({ seed, count, bombEvery: 1000 });
  console.log(`bundles: ${JSON.stringify(bundles)}`);
  const peak = Math.round(process.resourceUsage().maxRSS / 1024);
  const body = [
    `Last run: \`npm run fuzz -- --count ${count} --seed ${seed}\` (${new Date().toISOString().slice(0, 10)}, Node ${process.versions.node}); process peak RSS ${peak} MB.`,
    '',
    tallyTable([bundles, csv]),
  ].join('\n');
  if (!process.argv.includes('--no-write')) {
    const file = join(import.meta.dirname, '..', 'docs', 'robustness.md');
    writeFileSync(file, replaceSection(readFileSync(file, 'utf8'), 'fuzz', body));
  }
  console.log(body);
  if (bundles.untyped + bundles.acceptedUnexpected + csv.untyped + csv.acceptedUnexpected > 0) process.exit(1);
};

void main();
