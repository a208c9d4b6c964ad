import { mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readEntry, scanFolder } from '../../../electron/services/central/inbox';
import { planParts } from '../../../electron/services/sync/parts';
import { manifestName } from '../../../shared/sync/format';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A bundle's bytes sent in parts, as the outbox delivers them: parts first, manifest last. */
const deliver = (withManifest = true) => {
  const dir = mkdtempSync(join(tmpdir(), 'relais-inbox-'));
  dirs.push(dir);
  const bytes = Buffer.from(Array.from({ length: 10_000 }, (_, i) => i % 251));
  const file = 'relais-laptop01-01KBQ5V8T6X9W2R3M4N5P6Z7Y8.age';
  const { parts, manifest } = planParts(file, bytes, 4096);
  for (const p of parts) writeFileSync(join(dir, p.name), bytes.subarray(p.offset, p.offset + p.size));
  if (withManifest) writeFileSync(join(dir, manifestName(file)), JSON.stringify(manifest));
  return { dir, bytes, parts };
};

describe('the inbox folder', () => {
  it('lists a bundle in parts only once its manifest is there, and reassembles it in order', async () => {
    const early = deliver(false);
    expect(await scanFolder(early.dir)).toEqual([]);
    const { dir, bytes } = deliver();
    const [entry] = await scanFolder(dir);
    expect(entry).toMatchObject({ name: 'relais-laptop01-01KBQ5V8T6X9W2R3M4N5P6Z7Y8.age', bundleId: '01KBQ5V8T6X9W2R3M4N5P6Z7Y8' });
    expect(Buffer.from(await readEntry(dir, entry!)).equals(bytes)).toBe(true);
  });

  it('tells a missing part (cut off) from an altered one (tampered)', async () => {
    const missing = deliver();
    unlinkSync(join(missing.dir, missing.parts[1]!.name));
    const [e1] = await scanFolder(missing.dir);
    await expect(readEntry(missing.dir, e1!)).rejects.toMatchObject({ code: 'bundle_truncated' });

    const altered = deliver();
    const part = join(altered.dir, altered.parts[2]!.name);
    writeFileSync(part, Buffer.alloc(altered.parts[2]!.size, 7));
    const [e2] = await scanFolder(altered.dir);
    await expect(readEntry(altered.dir, e2!)).rejects.toMatchObject({ code: 'bundle_tampered' });
  });
});
