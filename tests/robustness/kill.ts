import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { RelaisError } from '../../shared/bridge/result';
import { createRng } from '../../shared/demo/prng';
import { PartsManifest } from '../../shared/sync/format';
import { fileSecretStore } from '../../electron/services/secret-store';
import { silentLogger } from '../../electron/services/logger';
import { openBundle } from '../../electron/services/sync/bundle';
import { SyncService } from '../../electron/services/sync/service';
import { ageKeygen } from '../unit/sync/fixtures';

/**
 * SIGKILLs a laptop process at seeded random moments while it types, exports and
 * delivers to a folder; after each kill a fresh process must read its outbox, and every
 * file that counts as delivered must open. At the end one clean run delivers the rest and
 * every record typed must be in the delivered bundles.
 */
export interface KillTally {
  seed: number;
  kills: number;
  /** The last progress line before each kill. */
  phases: Record<string, number>;
  restartsOk: number;
  restartErrors: string[];
  deliveredChecked: number;
  deliveredDamaged: string[];
  tmpLeftovers: number;
  recordsTyped: number;
  recordsLost: number;
  finalPending: number;
  finalQuarantined: number;
  quarantineCodes: Record<string, number>;
  peakRssMb: number;
  seconds: number;
}

const tsx = createRequire(import.meta.url).resolve('tsx');
const child = join(import.meta.dirname, 'kill-child.ts');

const run = (args: string[], killAfterMs: number | null): Promise<{ phase: string; killed: boolean; out: string }> =>
  new Promise((resolve, reject) => {
    const p = spawn(process.execPath, ['--import', tsx, child, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let armed = false;
    p.stdout.on('data', (b: Buffer) => {
      out += b.toString();
      // The clock starts when the laptop is up and typing, not while Node loads.
      if (!armed && killAfterMs !== null && out.includes('TYPED')) {
        armed = true;
        setTimeout(() => p.kill('SIGKILL'), killAfterMs);
      }
    });
    p.stderr.on('data', (b: Buffer) => (err += b.toString()));
    p.on('error', reject);
    p.on('exit', (code, signal) => {
      const lines = out.trim().split('\n');
      const phase = (lines[lines.length - 1] ?? 'START').split(' ')[0] ?? 'START';
      if (signal !== 'SIGKILL' && code !== 0) reject(new Error(`child failed (${code}): ${err.slice(0, 400)}`));
      else resolve({ phase, killed: signal === 'SIGKILL', out });
    });
  });

export const runKills = async (opts: { seed: number; kills: number; dir: string; maxDelayMs?: number }): Promise<KillTally> => {
  const started = Date.now();
  const rng = createRng(opts.seed);
  const central = ageKeygen(opts.dir);
  const data = join(opts.dir, 'laptop');
  const dest = join(opts.dir, 'usb-key');
  mkdirSync(data, { recursive: true });
  mkdirSync(dest, { recursive: true });
  const t: KillTally = {
    seed: opts.seed,
    kills: 0,
    phases: {},
    restartsOk: 0,
    restartErrors: [],
    deliveredChecked: 0,
    deliveredDamaged: [],
    tmpLeftovers: 0,
    recordsTyped: 0,
    recordsLost: 0,
    finalPending: 0,
    finalQuarantined: 0,
    quarantineCodes: {},
    peakRssMb: 0,
    seconds: 0,
  };
  const checked = new Set<string>();
  const seen = new Set<string>();

  /** Opens every newly complete file in the destination: a single bundle, or a manifest and its parts. */
  const checkDelivered = async () => {
    for (const name of readdirSync(dest)) {
      if (checked.has(name) || name.includes('.part-') || !(name.endsWith('.age') || name.endsWith('.parts.json'))) continue;
      checked.add(name);
      try {
        let bytes: Buffer;
        if (name.endsWith('.parts.json')) {
          const m = PartsManifest.parse(JSON.parse(readFileSync(join(dest, name), 'utf8')));
          bytes = Buffer.concat(m.parts.map((p) => readFileSync(join(dest, p.name))));
        } else bytes = readFileSync(join(dest, name));
        const opened = await openBundle(bytes, [central.identity]);
        for (const row of opened.document.records.partners ?? []) seen.add((row as { id: string }).id);
        t.deliveredChecked++;
      } catch (err) {
        t.deliveredDamaged.push(`${name}: ${err instanceof RelaisError ? err.code : String(err)}`.slice(0, 160));
      }
    }
  };

  for (let k = 0; k < opts.kills; k++) {
    const r = await run([data, dest, central.recipient, 'loop'], rng.int(0, opts.maxDelayMs ?? 400));
    if (!r.killed) continue;
    t.kills++;
    t.phases[r.phase] = (t.phases[r.phase] ?? 0) + 1;
    // The laptop restarts: its outbox must be readable whatever the moment of the kill.
    try {
      const svc = new SyncService({ dataDir: data, secrets: fileSecretStore(data), log: silentLogger });
      await svc.status();
      t.restartsOk++;
    } catch (err) {
      t.restartErrors.push(err instanceof RelaisError ? err.code : String(err).slice(0, 160));
    }
    await checkDelivered();
    t.peakRssMb = Math.max(t.peakRssMb, Math.round(process.memoryUsage().rss / 1048576));
  }
  t.tmpLeftovers = readdirSync(dest).filter((n) => n.endsWith('.tmp')).length;
  const fin = await run([data, dest, central.recipient, 'finish'], null);
  const done = /DONE (\d+) pending=(\d+) quarantined=(\d+)/.exec(fin.out);
  t.recordsTyped = Number(done?.[1] ?? 0);
  t.finalPending = Number(done?.[2] ?? -1);
  t.finalQuarantined = Number(done?.[3] ?? -1);
  if (t.finalQuarantined > 0) {
    const status = await new SyncService({ dataDir: data, secrets: fileSecretStore(data), log: silentLogger }).status();
    for (const b of status.bundles) if (b.quarantined) t.quarantineCodes[b.lastError ?? '?'] = (t.quarantineCodes[b.lastError ?? '?'] ?? 0) + 1;
  }
  await checkDelivered();
  for (let i = 1; i <= t.recordsTyped; i++) if (!seen.has(`01JPARTNER${String(i).padStart(8, '0')}`)) t.recordsLost++;
  if (!existsSync(data)) t.restartErrors.push('data folder missing');
  t.seconds = Math.round((Date.now() - started) / 100) / 10;
  return t;
};
