import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { RelaisError } from '../../../shared/bridge/result';
import { writeFileAtomic } from './atomic';
import { sha256Hex } from './parts';
import type { Transport } from './transport';

/** The folder itself is away, full or read-only: every bundle would fail the same way. */
const FOLDER_WIDE = new Set(['ENOENT', 'ENOTDIR', 'ENOSPC', 'EACCES', 'EPERM', 'EROFS', 'EIO', 'ENODEV', 'ENXIO', 'ESTALE', 'EHOSTDOWN']);

const unavailable = (err: unknown): RelaisError => {
  const code = (err as NodeJS.ErrnoException).code;
  if (err instanceof RelaisError) return err;
  if (!code || !FOLDER_WIDE.has(code)) return new RelaisError('sync_rejected', `the folder refused this file (${code ?? 'error'})`);
  const why =
    code === 'ENOSPC'
      ? 'the folder is full'
      : code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
        ? 'the folder is read-only'
        : 'the folder is not reachable';
  return new RelaisError('folder_unavailable', why);
};

/** Relais's own names: `relais-<device>-<ULID>.age`, its `.part-NNNN` and `.parts.json`. */
const OWN_FILE = /^(relais-[A-Za-z0-9_-]+-)[0-9A-HJKMNP-TV-Z]{26}\.age(?:\.part-\d{4}|\.parts\.json)?$/;

/**
 * Removes what an interrupted atomic write of this device left: `<own name>.<8 hex>.tmp`.
 * Only this device's names (the prefix of the file being sent), never anything else in a
 * folder other laptops or people may share.
 */
const sweepLeftovers = async (dir: string, sending: string): Promise<void> => {
  const prefix = OWN_FILE.exec(sending)?.[1];
  if (!prefix) return;
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const name of names) {
    const m = /^(.+)\.[0-9a-f]{8}\.tmp$/.exec(name);
    if (m?.[1] && m[1].startsWith(prefix) && OWN_FILE.test(m[1])) await rm(join(dir, name), { force: true }).catch(() => undefined);
  }
};

/**
 * A folder the user picked: a USB key or a mounted network share. Pieces land under
 * their final name only when complete (atomic write), and are read back to be sure.
 */
export const folderTransport = (dir: string): Transport => {
  let swept = false;
  const probe = async (): Promise<void> => {
    const s = await stat(dir).catch((err: unknown) => {
      throw unavailable(err);
    });
    if (!s.isDirectory()) throw new RelaisError('folder_unavailable', 'the chosen path is not a folder');
  };
  return {
    kind: 'folder',
    probe,
    async put(name, bytes) {
      await probe();
      if (!swept) {
        swept = true;
        await sweepLeftovers(dir, name);
      }
      const target = join(dir, name);
      const want = sha256Hex(bytes);
      const already = await readFile(target).catch(() => null);
      if (already && sha256Hex(already) === want) return;
      try {
        // No mkdir here: if the USB key is pulled after the probe, recreating the folder
        // would write to the laptop's own disk and count the bundle as delivered.
        await writeFileAtomic(target, bytes);
      } catch (err) {
        throw unavailable(err);
      }
      const back = await readFile(target).catch((err: unknown) => {
        throw unavailable(err);
      });
      if (sha256Hex(back) !== want) throw new RelaisError('sync_verify_failed', 'the copy in the folder differs from the bundle');
    },
  };
};
