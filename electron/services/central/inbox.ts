import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { RelaisError } from '../../../shared/bridge/result';
import { PartsManifest } from '../../../shared/sync/format';
import { sha256Hex } from '../sync/parts';

export interface InboxEntry {
  /** The bundle's file name (`relais-<device>-<bundleId>.age`). */
  name: string;
  /** From the file name, to skip bundles already merged without decrypting them. */
  bundleId: string | null;
  /** How to read it: the whole file, or its parts listed by a manifest. */
  manifest: string | null;
}

const BUNDLE_ID = /([0-9A-HJKMNP-TV-Z]{26})\.age$/;

/** A plain file name: nothing that could climb out of the inbox folder. */
export const safeName = (name: string): boolean => /^[A-Za-z0-9._-]{1,200}$/.test(name) && !name.startsWith('.');

/**
 * The complete bundles in a folder: single `.age` files, and bundles sent in parts whose
 * manifest (written last by the sender) is present. Parts without their manifest are
 * still arriving and are left for a later scan.
 */
export const scanFolder = async (dir: string): Promise<InboxEntry[]> => {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    throw new RelaisError('folder_unavailable', 'the inbox folder is not reachable');
  }
  const out: InboxEntry[] = [];
  for (const name of names.sort()) {
    if (!safeName(name)) continue;
    if (name.endsWith('.age')) out.push({ name, bundleId: BUNDLE_ID.exec(name)?.[1] ?? null, manifest: null });
    else if (name.endsWith('.age.parts.json')) {
      const bundle = name.slice(0, -'.parts.json'.length);
      if (!names.includes(bundle)) out.push({ name: bundle, bundleId: BUNDLE_ID.exec(bundle)?.[1] ?? null, manifest: name });
    }
  }
  return out;
};

/** Reads one bundle, reassembling parts in the manifest's order and checking every hash. */
export const readEntry = async (dir: string, e: InboxEntry): Promise<Uint8Array> => {
  if (!e.manifest) return readFile(join(dir, e.name));
  let manifest: PartsManifest;
  try {
    manifest = PartsManifest.parse(JSON.parse(await readFile(join(dir, e.manifest), 'utf8')));
  } catch {
    throw new RelaisError('bundle_not_a_bundle', 'the parts manifest is not readable');
  }
  const chunks: Buffer[] = [];
  for (const part of manifest.parts) {
    if (!safeName(part.name)) throw new RelaisError('bundle_tampered', 'the parts manifest names a file outside the inbox');
    const bytes = await readFile(join(dir, part.name)).catch(() => null);
    if (!bytes || bytes.length < part.size) throw new RelaisError('bundle_truncated', 'a part of the bundle is missing or cut off');
    if (bytes.length !== part.size || sha256Hex(bytes) !== part.sha256) throw new RelaisError('bundle_tampered', 'a part differs from the manifest');
    chunks.push(bytes);
  }
  const whole = Buffer.concat(chunks);
  if (whole.length !== manifest.size || sha256Hex(whole) !== manifest.sha256)
    throw new RelaisError('bundle_tampered', 'the reassembled bundle differs from the manifest');
  return whole;
};
