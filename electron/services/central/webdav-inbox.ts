import { mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createClient, type FileStat } from 'webdav';
import { webdavError } from '../sync/webdav-transport';
import { writeFileAtomic } from '../sync/atomic';
import { safeName } from './inbox';

export interface WebdavInbox {
  url: string;
  username: string;
  password: string;
}

const wanted = (name: string) => safeName(name) && (name.endsWith('.age') || /\.age\.part-\d{4}$/.test(name) || name.endsWith('.age.parts.json'));

/**
 * Copies what the WebDAV inbox holds and this machine does not yet have into a local
 * cache folder, which is then scanned like any folder. A file already here with the same
 * size is not downloaded again. Manifests are copied last, so a scan that runs while
 * parts are downloading never sees a manifest without its parts.
 */
export const pullWebdav = async (inbox: WebdavInbox, cacheDir: string): Promise<number> => {
  await mkdir(cacheDir, { recursive: true, mode: 0o700 });
  const client = createClient(inbox.url, { username: inbox.username, password: inbox.password });
  let listing: FileStat[];
  try {
    listing = (await client.getDirectoryContents('/', { signal: AbortSignal.timeout(60_000) })) as FileStat[];
  } catch (err) {
    throw webdavError(err);
  }
  const files = listing.filter((f) => f.type === 'file' && wanted(f.basename));
  files.sort((a, b) => Number(a.basename.endsWith('.parts.json')) - Number(b.basename.endsWith('.parts.json')));
  let pulled = 0;
  for (const f of files) {
    const local = join(cacheDir, f.basename);
    const have = await stat(local).catch(() => null);
    if (have && have.size === f.size) continue;
    let bytes: ArrayBuffer;
    try {
      bytes = (await client.getFileContents(`/${f.basename}`, { format: 'binary', signal: AbortSignal.timeout(120_000) })) as ArrayBuffer;
    } catch (err) {
      throw webdavError(err);
    }
    await writeFileAtomic(local, new Uint8Array(bytes));
    pulled++;
  }
  return pulled;
};
