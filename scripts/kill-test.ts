/**
 * SIGKILLs during export and delivery, then a clean run: nothing lost, every delivered
 * file opens, every restart reads its outbox.
 *   npm run fuzz:kill                  100 kills, seed 17
 *   npm run fuzz:kill -- --kills 300 --seed 4 [--no-write]
 * Writes the tally to docs/robustness.md (section "kill"); exit status 1 on any loss.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runKills } from '../tests/robustness/kill';
import { replaceSection } from '../tests/robustness/tally';

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const kills = arg('--kills', 100);
const seed = arg('--seed', 17);

const main = async () => {
  const dir = mkdtempSync(join(tmpdir(), 'relais-kill-'));
  try {
    const t = await runKills({ seed, kills, dir });
    const phases = Object.entries(t.phases)
      .map(([p, n]) => `${p} ${n}`)
      .join(', ');
    const body = [
      `Last run: \`npm run fuzz:kill -- --kills ${kills} --seed ${seed}\` (${new Date().toISOString().slice(0, 10)}, Node ${process.versions.node}, ${t.seconds} s).`,
      '',
      '| kills | killed after (last step seen) | restarts that read their outbox | delivered files opened | delivered files damaged | records typed | records lost | left in outbox at the end (pending / quarantined) | `.tmp` left in the destination | peak RSS (parent) |',
      '|---|---|---|---|---|---|---|---|---|---|',
      `| ${t.kills} | ${phases} | ${t.restartsOk} | ${t.deliveredChecked} | ${t.deliveredDamaged.length} | ${t.recordsTyped} | ${t.recordsLost} | ${t.finalPending} / ${t.finalQuarantined}${
        Object.keys(t.quarantineCodes).length
          ? ` (${Object.entries(t.quarantineCodes)
              .map(([c, n]) => `${c} ${n}`)
              .join(', ')})`
          : ''
      } | ${t.tmpLeftovers} | ${t.peakRssMb} MB |`,
      ...(t.restartErrors.length || t.deliveredDamaged.length ? ['', `Problems: ${[...t.restartErrors, ...t.deliveredDamaged].slice(0, 10).join('; ')}`] : []),
    ].join('\n');
    if (!process.argv.includes('--no-write')) {
      const file = join(import.meta.dirname, '..', 'docs', 'robustness.md');
      writeFileSync(file, replaceSection(readFileSync(file, 'utf8'), 'kill', body));
    }
    console.log(body);
    if (t.recordsLost || t.restartErrors.length || t.deliveredDamaged.length) process.exitCode = 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

void main();
