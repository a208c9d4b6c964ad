import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBundle } from '../../../electron/services/sync/export';
import { devicePublicText } from '../../../electron/services/sync/keys';
import { generateSigningKey } from '../../../electron/services/sync/signing';
import { DEVICE, ageKeygen, partner, tempDir, tombstone, type AgeIdentity } from './fixtures';
import { BUNDLE_VERSION } from '../../../shared/sync/format';

let tmp: ReturnType<typeof tempDir>;
let central: AgeIdentity;
let good: string;
let flipped: string;
let deviceKey: string;

const cli = (...args: string[]) => spawnSync(join('node_modules', '.bin', 'tsx'), ['scripts/bundle-cli.ts', ...args], { encoding: 'utf8' });

beforeAll(async () => {
  tmp = tempDir();
  central = ageKeygen(tmp.dir);
  const device = await generateSigningKey();
  deviceKey = join(tmp.dir, 'device-key.txt');
  writeFileSync(deviceKey, (await devicePublicText(device.publicRaw)).exportText);
  const sealed = await buildBundle(
    { full: true, sinceStamp: null, deviceId: DEVICE, establishment: 'CRSSS-BJ', records: { partners: [partner(1), tombstone(2)] } },
    device,
    [central.recipient],
  );
  if (!sealed) throw new Error('expected a bundle');
  good = join(tmp.dir, 'good.age');
  writeFileSync(good, sealed.bytes);
  const bad = Buffer.from(sealed.bytes);
  bad[bad.length - 30] = (bad[bad.length - 30] as number) ^ 0x80;
  flipped = join(tmp.dir, 'flipped.age');
  writeFileSync(flipped, bad);
});
afterAll(() => tmp.cleanup());

describe('npm run bundle -- inspect', () => {
  it('prints the header, counts per table and the signature check', () => {
    const out = join(tmp.dir, 'good.json');
    const r = cli('inspect', good, '--identity', central.file, '--device-key', deviceKey, '--json', out);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`relais-bundle ${BUNDLE_VERSION}`);
    expect(r.stdout).toMatch(/partners\s+1 records\s+1 deletions/);
    expect(r.stdout).toContain('signature   valid');
    expect(existsSync(out)).toBe(true);
  });

  it('refuses an altered bundle with one clear error, a non-zero exit and nothing written', () => {
    const out = join(tmp.dir, 'flipped.json');
    const r = cli('inspect', flipped, '--identity', central.file, '--json', out);
    expect(r.status).toBe(1);
    expect(
      r.stderr
        .trim()
        .split('\n')
        .filter((l) => l.startsWith('error')),
    ).toEqual([expect.stringMatching(/^error bundle_tampered: /)]);
    expect(r.stdout).toBe('');
    expect(existsSync(out)).toBe(false);
  });
});
