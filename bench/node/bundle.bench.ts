import { execFile } from 'node:child_process';
import { generateX25519Identity, identityToRecipient } from 'age-encryption';
import { generateDemo } from '../../shared/demo/generate';
import { decrypt, encrypt } from '../../electron/services/sync/age';
import { buildBundle, type ExportRequest } from '../../electron/services/sync/export';
import { generateSigningKey } from '../../electron/services/sync/signing';
import { median, timeIt, type BenchRow } from '../types';

// Each full run takes seconds on two cores; three runs keep the whole bench short.
const RUNS = 3;

const ageCli = (recipient: string, input: Uint8Array): Promise<void> =>
  new Promise((resolve, reject) => {
    const child = execFile('age', ['-r', recipient], { encoding: 'buffer', maxBuffer: 1 << 30 }, (err) => (err ? reject(err) : resolve()));
    child.stdin?.end(input);
  });

const round = (ms: number) => Math.round(ms * 10) / 10;

/**
 * A full bundle of 20,000 partners with their history (validation, canonical JSON,
 * signature, gzip, age) against the age CLI encrypting the same compressed bytes.
 */
export async function run(): Promise<BenchRow[]> {
  const demo = generateDemo({ seed: 11, partners: 20_000, contactsPerPartner: 3, requests: 300 });
  const req: ExportRequest = {
    full: true,
    sinceStamp: null,
    deviceId: 'bench-device',
    establishment: demo.settings.establishment,
    records: { partners: demo.partners, contacts: demo.contacts, requests: demo.requests, candidacies: demo.candidacies, mandates: demo.mandates },
  };
  const records = Object.values(req.records).reduce((n, rows) => n + (rows?.length ?? 0), 0);
  const identity = await generateX25519Identity();
  const recipient = await identityToRecipient(identity);
  const device = await generateSigningKey();

  const sample = await buildBundle(req, device, [recipient]);
  if (!sample) throw new Error('a full bundle is always written');
  const compressed = await decrypt(sample.bytes, [identity]);

  const full = median(await timeIt(() => buildBundle(req, device, [recipient]), RUNS, 1));
  const cli = median(await timeIt(() => ageCli(recipient, compressed), RUNS, 1));
  const lib = median(await timeIt(() => encrypt(compressed, [recipient]), RUNS, 1));
  const perRecord = (sample.bytes.length / records).toFixed(1);
  return [
    {
      name: `Full bundle, 20,000 partners with history (${records} records)`,
      medianMs: round(full),
      baselineName: 'age CLI encrypting the same compressed bytes',
      baselineMedianMs: round(cli),
      target: '≤ 2× baseline',
      met: full <= 2 * cli,
      notes: `ratio ${(full / cli).toFixed(2)}×; ${sample.bytes.length} bytes, ${perRecord} bytes/record; compressed ${compressed.length} bytes`,
    },
    {
      name: 'age-encryption library, same compressed bytes',
      medianMs: round(lib),
      baselineName: 'age CLI encrypting the same compressed bytes',
      baselineMedianMs: round(cli),
      target: '≤ 2× baseline',
      met: lib <= 2 * cli,
      notes: `ratio ${(lib / cli).toFixed(2)}×`,
    },
  ];
}
