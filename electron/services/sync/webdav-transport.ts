import { createClient, type FileStat, type WebDAVClient } from 'webdav';
import { RelaisError } from '../../../shared/bridge/result';
import type { Transport } from './transport';

export interface WebdavTarget {
  url: string;
  username: string;
  password: string;
  /** Per request; a 256 KB part over a slow satellite link can take a minute. */
  timeoutMs?: number;
}

const statusOf = (err: unknown): number | undefined => {
  const s = (err as { status?: unknown; response?: { status?: unknown } }).status ?? (err as { response?: { status?: unknown } }).response?.status;
  return typeof s === 'number' ? s : undefined;
};

/** Maps a client failure to what it means for the outbox, without echoing server text. */
export const webdavError = (err: unknown): RelaisError => {
  if (err instanceof RelaisError) return err;
  const status = statusOf(err);
  if (status === undefined) return new RelaisError('sync_offline', 'the server could not be reached');
  if (status === 401 || status === 403) return new RelaisError('sync_auth', `the server refused the credentials (HTTP ${status})`);
  if (status >= 500 || status === 408 || status === 429) return new RelaisError('sync_server', `the server is failing (HTTP ${status})`);
  return new RelaisError('sync_rejected', `the server refused this file (HTTP ${status})`);
};

/**
 * Nextcloud and similar. Neither Nextcloud nor common servers honour conditional PUT, so
 * each piece is uploaded under a temporary name, moved into place, and confirmed by
 * reading back its size with PROPFIND. A piece already there with the right size counts
 * as delivered, which is how an interrupted upload resumes without sending it twice.
 */
export const webdavTransport = (target: WebdavTarget): Transport => {
  const client: WebDAVClient = createClient(target.url, { username: target.username, password: target.password });
  const timeout = target.timeoutMs ?? 120_000;
  const signal = () => AbortSignal.timeout(timeout);
  const statOrNull = async (path: string): Promise<FileStat | null> => {
    try {
      return (await client.stat(path, { signal: signal() })) as FileStat;
    } catch (err) {
      if (statusOf(err) === 404) return null;
      throw webdavError(err);
    }
  };
  return {
    kind: 'webdav',
    async probe() {
      const root = await statOrNull('/');
      if (!root || root.type !== 'directory') throw new RelaisError('folder_unavailable', 'the folder on the server does not exist');
    },
    async put(name, bytes) {
      const path = `/${name}`;
      const existing = await statOrNull(path);
      if (existing?.type === 'file' && existing.size === bytes.length) return;
      try {
        const tmp = `/${name}.uploading`;
        await client.putFileContents(tmp, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), {
          overwrite: true,
          contentLength: bytes.length,
          signal: signal(),
        });
        await client.moveFile(tmp, path, { overwrite: true, signal: signal() });
      } catch (err) {
        throw webdavError(err);
      }
      const landed = await statOrNull(path);
      if (!landed || landed.size !== bytes.length) throw new RelaisError('sync_verify_failed', 'the server does not hold the whole file');
    },
  };
};
