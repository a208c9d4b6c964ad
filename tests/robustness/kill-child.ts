// Run by tests/robustness/kill.ts in its own process, to be killed at a random moment:
//   kill-child.ts <dataDir> <destDir> <recipient> loop|finish
// "loop": the coordinator types one record, the laptop exports and delivers, forever.
// "finish": one last export and delivery until the outbox is empty, then exit 0.
// Progress lines on stdout name the phase the kill lands in.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileSecretStore } from '../../electron/services/secret-store';
import { silentLogger } from '../../electron/services/logger';
import { writeFileAtomic } from '../../electron/services/sync/atomic';
import { SyncService } from '../../electron/services/sync/service';
import { DEVICE, partner, stampAt } from '../unit/sync/fixtures';

const [dataDir, destDir, recipient, mode] = process.argv.slice(2) as [string, string, string, 'loop' | 'finish'];
const say = (line: string) => process.stdout.write(`${line}\n`);
const bankFile = join(dataDir, 'bank-size');
const bankSize = (): number => {
  try {
    return Number(readFileSync(bankFile, 'utf8')) || 0;
  } catch {
    return 0;
  }
};

const main = async () => {
  // Small parts, so delivery takes several steps and kills land inside it.
  const svc = new SyncService(
    { dataDir, secrets: fileSecretStore(dataDir), log: silentLogger },
    { partSize: 2048, random: () => 0.5, baseDelayMs: 20, maxDelayMs: 100 },
  );
  await svc.setCentralKey(recipient, null);
  await svc.configureTarget({ kind: 'folder', path: destDir });
  const exportAndSend = async (n: number) => {
    const since = (await svc.status()).sinceStamp;
    const records = Array.from({ length: n }, (_, i) => partner(i + 1, { notes: `Note ${i + 1} `.repeat(20) })).filter(
      (p) => since === null || (p.stamp as string) > since,
    );
    say(`EXPORT ${n}`);
    await svc.exportBundle({ full: false, sinceStamp: since, deviceId: DEVICE, establishment: 'KILL', records: { partners: records } });
    say('DELIVER');
    await svc.drain(true);
    say('DELIVERED');
  };
  if (mode === 'finish') {
    await exportAndSend(bankSize());
    for (let i = 0; i < 20 && (await svc.status()).pendingBundles > 0; i++) {
      await svc.retryQuarantined();
      await svc.drain(true);
    }
    const s = await svc.status();
    say(`DONE ${bankSize()} pending=${s.pendingBundles} quarantined=${s.quarantinedBundles}`);
    return;
  }
  for (;;) {
    // The coordinator saves a record: IndexedDB holds it from here on.
    const n = bankSize() + 1;
    await writeFileAtomic(bankFile, String(n));
    say(`TYPED ${n} ${stampAt(n)}`);
    await exportAndSend(n);
  }
};

void main();
