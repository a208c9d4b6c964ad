import { chmod, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * Keeps small secrets (private keys, WebDAV password) at rest. Under Electron the bytes
 * are sealed with safeStorage (OS keychain); elsewhere they sit in a file readable only
 * by the user, and `protected` is false so the UI can say so.
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

export const fileSecretStore = (dir: string, sealing?: SealingBackend): SecretStore => {
  const pathOf = (name: string) => `${dir}/secrets/${name.replace(/[^a-z0-9_.-]/gi, '_')}.secret`;
  return {
    protected: Boolean(sealing),
    async get(name) {
      try {
        const raw = await readFile(pathOf(name));
        return sealing ? sealing.decryptString(raw) : raw.toString('utf8');
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw err;
      }
    },
    async set(name, value) {
      const target = pathOf(name);
      await mkdir(dirname(target), { recursive: true, mode: 0o700 });
      const tmp = `${target}.tmp`;
      await writeFile(tmp, sealing ? sealing.encryptString(value) : Buffer.from(value, 'utf8'), { mode: 0o600 });
      await chmod(tmp, 0o600);
      await rename(tmp, target);
    },
  };
};
