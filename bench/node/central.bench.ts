import { execFile } from 'node:child_process';
import { loadavg } from 'node:os';
import { gunzipSync, gzipSync } from 'node:zlib';
import { generateX25519Identity, identityToRecipient } from 'age-encryption';
import { formatStamp } from '../../shared/clock/hlc';
import { generateDemo } from '../../shared/demo/generate';
import type { RecordBase } from '../../shared/model/base';
import { CanonicalRows } from '../../shared/sync/canonical-rows';
import { BUNDLE_VERSION, cleanTable, tablesIn, type BundleRecords } from '../../shared/sync/format';
import { decrypt, encrypt } from '../../electron/services/sync/age';
import { buildBundle, type ExportRequest } from '../../electron/services/sync/export';
import { generateSigningKey, sign } from '../../electron/services/sync/signing';
import { median, timeIt, type BenchRow } from '../types';

const RUNS = 3;
const round = (ms: number) => Math.round(ms * 10) / 10;

/** The stock pipeline a person would use by hand: `gzip -6 | age -r <key>` over the same text. */
const stockPipeline = (recipient: string, text: Uint8Array): Promise<number> =>
  new Promise((resolve, reject) => {
    const child = execFile('sh', ['-c', `gzip -6 | age -r ${recipient} | wc -c`], { maxBuffer: 1 << 20 }, (err, out) =>
      err ? reject(err) : resolve(Number(out.trim())),
    );
    child.stdin?.end(text);
  });

/** CPU time (all threads of this process) of `fn`, median of three: where a full export's time goes. */
const cpuMs = async (fn: () => unknown): Promise<number> => {
  const xs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const c0 = process.cpuUsage();
    await fn();
    const c = process.cpuUsage(c0);
    xs.push((c.user + c.system) / 1000);
  }
  return median(xs);
};

const withVersion = <T extends RecordBase>(r: T): T => ({ ...r, vv: { [r.deviceId]: r.stamp } });

/**
 * Central office figures: a full bundle against the stock gzip | age pipeline over the
 * same canonical JSON, and the size of one day of a coordinator's work as a delta bundle.
 */
export async function run(): Promise<BenchRow[]> {
  const demo = generateDemo({ seed: 11, partners: 20_000, contactsPerPartner: 3, requests: 300 });
  const records = {
    partners: demo.partners.map(withVersion),
    contacts: demo.contacts.map(withVersion),
    requests: demo.requests.map(withVersion),
    candidacies: demo.candidacies.map(withVersion),
    mandates: demo.mandates.map(withVersion),
  };
  const req: ExportRequest = { full: true, sinceStamp: null, deviceId: 'bench-device', establishment: demo.settings.establishment, records };
  const count = Object.values(records).reduce((n, rows) => n + rows.length, 0);
  const identity = await generateX25519Identity();
  const recipient = await identityToRecipient(identity);
  const device = await generateSigningKey();
  const sample = await buildBundle(req, device, [recipient]);
  if (!sample) throw new Error('a full bundle is always written');
  // Exactly the text inside the bundle (signed canonical JSON and its signature member).
  const compressed = await decrypt(sample.bytes, [identity]);
  const text = gunzipSync(compressed);
  let stockBytes = 0;
  // Alternate the two so a change in the machine's load falls on both.
  const fullRuns: number[] = [];
  const stockRuns: number[] = [];
  await buildBundle(req, device, [recipient]);
  await stockPipeline(recipient, text);
  for (let i = 0; i < RUNS; i++) {
    fullRuns.push(...(await timeIt(() => buildBundle(req, device, [recipient]), 1, 0)));
    stockRuns.push(
      ...(await timeIt(
        async () => {
          stockBytes = await stockPipeline(recipient, text);
        },
        1,
        0,
      )),
    );
  }
  const full = median(fullRuns);
  const stock = median(stockRuns);

  // The parts, one at a time (CPU ms): the export runs validation and writing on the main
  // thread while gzip deflates on the thread pool, then signs, then encrypts.
  const valid: Record<string, unknown[]> = {};
  const tables: BundleRecords = records;
  const validate = await cpuMs(() => {
    for (const t of tablesIn(tables)) for (let at = 0; at < (tables[t] ?? []).length; at += 500) cleanTable(t, (tables[t] ?? []).slice(at, at + 500));
  });
  for (const t of tablesIn(tables)) {
    const c = cleanTable(t, tables[t] ?? []);
    if (c.ok) valid[t] = c.value.rows;
  }
  const write = await cpuMs(() => {
    const rows = new CanonicalRows();
    for (const t of Object.keys(valid).sort())
      for (let at = 0; at < (valid[t] ?? []).length; at += 500) Buffer.from(rows.join((valid[t] ?? []).slice(at, at + 500)));
  });
  const deflate = await cpuMs(() => gzipSync(text, { level: 6 }));
  const signing = await cpuMs(() => sign(device.privatePkcs8, text));
  const encrypting = await cpuMs(() => encrypt(compressed, [recipient]));
  const exportCpu = await cpuMs(() => buildBundle(req, device, [recipient]));
  const phases = `CPU ms per part: validation ${validate.toFixed(0)}, canonical JSON + UTF-8 ${write.toFixed(0)} (main thread); gzip -6 ${deflate.toFixed(0)} (thread pool, alongside); Ed25519 ${signing.toFixed(0)}, age-encryption ${encrypting.toFixed(0)} (after); whole export ${exportCpu.toFixed(0)} CPU ms`;

  // One day of work: 1 new person, 5 contact notes, 3 accompaniment steps (on three
  // mandates, the worst case: each is a whole mandate record), 1 request.
  const at = Date.UTC(2026, 10, 23, 15);
  let n = 0;
  const touch = <T extends RecordBase>(r: T): T => {
    const stamp = formatStamp({ wall: at + n++, counter: 0 }, 'bench-device');
    return { ...r, deviceId: 'bench-device', stamp, updatedAt: new Date(at).toISOString(), vv: { ...(r.vv ?? {}), 'bench-device': stamp } };
  };
  const mandates = demo.mandates
    .slice(0, 3)
    .map((m) => touch({ ...m, steps: m.steps.map((s, i) => (i === 0 ? { ...s, done: '2026-11-23', notes: 'Appel de suivi fait, tout va bien.' } : s)) }));
  const day = {
    partners: [touch(demo.partners[0] as (typeof demo.partners)[number])],
    contacts: demo.contacts.slice(0, 5).map(touch),
    mandates,
    requests: [touch(demo.requests[0] as (typeof demo.requests)[number])],
  };
  const delta = await buildBundle(
    {
      full: false,
      sinceStamp: formatStamp({ wall: at - 1, counter: 0 }, 'bench-device'),
      deviceId: 'bench-device',
      establishment: demo.settings.establishment,
      records: day,
    },
    device,
    [recipient],
  );
  const deltaBytes = delta?.bytes.length ?? 0;
  return [
    {
      name: `Full bundle, 20,000 partners with history (${count} records), format ${BUNDLE_VERSION}`,
      medianMs: round(full),
      baselineName: 'stock `gzip -6 | age -r` over the same canonical JSON',
      baselineMedianMs: round(stock),
      target: '≤ 2× baseline',
      met: full <= 2 * stock,
      notes: `ratio ${(full / stock).toFixed(2)}× (runs ${fullRuns.map((x) => x.toFixed(0)).join(', ')} vs ${stockRuns.map((x) => x.toFixed(0)).join(', ')} ms, alternating; load average ${loadavg()[0]?.toFixed(1)}); bundle ${sample.bytes.length} bytes, stock pipeline ${stockBytes} bytes; ${text.length} bytes of canonical JSON; ${phases}`,
    },
    {
      name: 'Delta bundle for one day of work (1 person, 5 notes, 3 accompaniment steps, 1 request), encrypted',
      medianMs: deltaBytes / 1024,
      target: '≤ 4 KB (figure in KB, not ms)',
      met: deltaBytes <= 4096,
      notes: `${deltaBytes} bytes encrypted for one recipient (the size column is in KiB)`,
    },
  ];
}
