import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { RelaisError } from '../../shared/bridge/result';
import { syncDir } from './sync/atomic';

/**
 * Keeps small secrets (the device's private signing key, the WebDAV password) at rest.
 * Under Electron they are sealed with safeStorage (the OS keychain) whenever it is
 * available; otherwise they sit in a file only the user can read, and `protected` is
 * false so the app says so. Sealed and plain copies use different file names, so a secret
 * written while the keychain was unavailable is sealed (and the plain file removed) the
 * first time it is read with the keychain available.
 */
export interface SecretStore {
  readonly protected: boolean;
  get(name: string): Promise<string | null>;
  set(name: string, value: string): Promise<void>;
}

export interface SealingBackend {
  encryptString(plain: string): Buffer;
  decryptString(sealed: Buffer): string;
}

/** Returns the backend when sealing works right now (safeStorage is unavailable before 'ready' on Windows and Linux). */
export type SealingProbe = () => SealingBackend | undefined;

const readOrNull = async (path: string): Promise<Buffer | null> => {
  try {
    return await readFile(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
};

/**
 * Temporary file, flushed, renamed, then the folder flushed: a power cut leaves the old
 * secret or the new one, never an empty file, and never loses a freshly made device key.
 */
const writeDurably = async (target: string, bytes: Buffer) => {
  const tmp = `${target}.tmp`;
  const fh = await open(tmp, 'w', 0o600);
  try {
    await fh.writeFile(bytes);
    await fh.sync();
  } finally {
    await fh.close();
  }
  await rename(tmp, target);
  await syncDir(dirname(target));
};

export const fileSecretStore = (dir: string, sealing: SealingProbe = () => undefined): SecretStore => {
  const base = (name: string) => join(dir, 'secrets', name.replace(/[^a-z0-9_.-]/gi, '_'));
  return {
    get protected() {
      return sealing() !== undefined;
    },
    async get(name) {
      const backend = sealing();
      const sealed = await readOrNull(`${base(name)}.sealed`);
      if (sealed) {
        // Written sealed, but the keychain cannot open it now: say so rather than invent a new secret.
        if (!backend) throw new RelaisError('secrets_locked');
        return backend.decryptString(sealed);
      }
      const plain = await readOrNull(`${base(name)}.secret`);
      if (plain === null) return null;
      const value = plain.toString('utf8');
      if (backend) {
        await writeDurably(`${base(name)}.sealed`, backend.encryptString(value));
        await rm(`${base(name)}.secret`, { force: true });
      }
      return value;
    },
    async set(name, value) {
      await mkdir(join(dir, 'secrets'), { recursive: true, mode: 0o700 });
      const backend = sealing();
      if (backend) {
        await writeDurably(`${base(name)}.sealed`, backend.encryptString(value));
        await rm(`${base(name)}.secret`, { force: true });
      } else {
        await writeDurably(`${base(name)}.secret`, Buffer.from(value, 'utf8'));
      }
    },
  };
};
