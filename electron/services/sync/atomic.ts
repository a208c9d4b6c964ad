import { randomBytes } from 'node:crypto';
import { open, rename } from 'node:fs/promises';
import { dirname } from 'node:path';

/** Test hook: runs after the temporary file is flushed and before the rename. */
export type BeforeRename = (finalPath: string) => void | Promise<void>;

export const TMP_SUFFIX = '.tmp';

/**
 * Writes a file so that a reader sees either the old content or the whole new one: a
 * temporary file in the same folder, flushed, renamed over the target, then the folder
 * flushed so the rename itself survives a power cut.
 */
export const writeFileAtomic = async (path: string, data: Uint8Array | string, beforeRename?: BeforeRename): Promise<void> => {
  const tmp = `${path}.${randomBytes(4).toString('hex')}${TMP_SUFFIX}`;
  const fh = await open(tmp, 'wx', 0o600);
  try {
    await fh.writeFile(data);
    await fh.sync();
  } finally {
    await fh.close();
  }
  await beforeRename?.(path);
  await rename(tmp, path);
  await syncDir(dirname(path));
};

export const syncDir = async (dir: string): Promise<void> => {
  // Windows cannot open a folder for flushing; NTFS journals the rename itself.
  if (process.platform === 'win32') return;
  const fh = await open(dir, 'r');
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
};
