/**
 * For central IT: checks and summarises a Relais bundle.
 *   npm run bundle -- inspect <file.age | file.age.parts.json> --identity <age identity file>
 *                              [--device-key <file or base64>] [--json <out.json>]
 * Prints the header, counts per table and the signature check; or one line
 * "error <code>: <reason>" and exit status 1. Nothing is written unless every check
 * passes and --json is given.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { RelaisError } from '../shared/bridge/result';
import { PartsManifest } from '../shared/sync/format';
import { fingerprintOf } from '../shared/sync/fingerprint';
import { writeFileAtomic } from '../electron/services/sync/atomic';
import { openBundle } from '../electron/services/sync/bundle';
import { parseDevicePublicKey } from '../electron/services/sync/keys';
import { sha256Hex } from '../electron/services/sync/parts';

const USAGE = 'usage: npm run bundle -- inspect <file> --identity <key-file> [--device-key <key>] [--json <out>]';

const option = (args: string[], name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

/** A split bundle is named by its manifest; its parts sit beside it. */
const readBundleBytes = (file: string): Buffer => {
  if (!file.endsWith('.parts.json')) return readFileSync(file);
  let manifest: PartsManifest;
  try {
    manifest = PartsManifest.parse(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    throw new RelaisError('bundle_not_a_bundle', 'the parts manifest is not readable');
  }
  const parts = manifest.parts.map((p) => {
    const path = join(dirname(file), p.name);
    if (!existsSync(path)) throw new RelaisError('bundle_truncated', `part ${p.name} is missing`);
    const bytes = readFileSync(path);
    if (bytes.length < p.size) throw new RelaisError('bundle_truncated', `part ${p.name} is cut off`);
    if (bytes.length !== p.size || sha256Hex(bytes) !== p.sha256) throw new RelaisError('bundle_tampered', `part ${p.name} differs from the manifest`);
    return bytes;
  });
  return Buffer.concat(parts);
};

async function inspect(args: string[]): Promise<void> {
  const file = args[0];
  const identityFile = option(args, '--identity');
  if (!file || !identityFile) {
    process.stderr.write(`${USAGE}\n`);
    process.exit(2);
  }
  const identities = readFileSync(identityFile, 'utf8').match(/^AGE-SECRET-KEY-1[0-9A-Z]+$/gm) ?? [];
  if (!identities.length) throw new RelaisError('invalid_input', 'no AGE-SECRET-KEY-1 line in the identity file');
  const deviceKeyArg = option(args, '--device-key');
  const pinned = deviceKeyArg ? [parseDevicePublicKey(existsSync(deviceKeyArg) ? readFileSync(deviceKeyArg, 'utf8') : deviceKeyArg)] : [];
  const opened = await openBundle(readBundleBytes(file), identities, pinned);
  const h = opened.document.header;
  const lines = [
    `format      ${opened.document.format} ${opened.document.formatVersion}`,
    `bundle      ${h.bundleId}${h.full ? ' (full)' : ' (incremental)'}`,
    `office      ${h.establishment || '(not set)'}`,
    `device      ${h.deviceId}`,
    `created     ${h.createdAt}`,
    `stamps      ${h.fromStamp ?? '(beginning)'} < … <= ${h.toStamp ?? '(none)'}`,
    'records',
    ...Object.entries(opened.counts).map(([t, c]) => `  ${t.padEnd(18)}${String(c.records).padStart(7)} records${String(c.tombstones).padStart(7)} deletions`),
    `signature   valid, Ed25519 device key ${await fingerprintOf(opened.signerPublicKey)}${pinned.length ? ' (matches the expected device key)' : ' (no --device-key given: compare this fingerprint with the device)'}`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  const out = option(args, '--json');
  if (out) await writeFileAtomic(out, JSON.stringify(opened.document, null, 2));
}

async function main(): Promise<void> {
  const [command, ...rest] = process.argv.slice(2);
  if (command !== 'inspect') {
    process.stderr.write(`${USAGE}\n`);
    process.exit(2);
  }
  try {
    await inspect(rest);
  } catch (err) {
    if (err instanceof RelaisError) {
      process.stderr.write(`error ${err.code}: ${err.message}\n`);
      process.exit(1);
    }
    const code = (err as NodeJS.ErrnoException).code;
    process.stderr.write(`error ${code === 'ENOENT' ? 'not_found: no such file' : 'internal: unexpected failure'}\n`);
    process.exit(1);
  }
}

void main();
