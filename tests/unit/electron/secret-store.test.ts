import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fileSecretStore, type SealingBackend } from '../../../electron/services/secret-store';

// safeStorage needs Electron; this stand-in seals reversibly so the store's own logic
// (which file, when to migrate, when to refuse) can be checked.
const sealer: SealingBackend = {
  encryptString: (plain) => Buffer.from(`sealed:${Buffer.from(plain).toString('base64')}`),
  decryptString: (sealed) => Buffer.from(sealed.toString().replace(/^sealed:/, ''), 'base64').toString(),
};

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'relais-secrets-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const files = () => readdirSync(join(dir, 'secrets')).sort();

describe('secrets at rest', () => {
  it('without a keychain: a file only the user can read, and the store says it is not protected', async () => {
    const store = fileSecretStore(dir);
    expect(store.protected).toBe(false);
    await store.set('sync.webdav-password', 'mot de passe');
    expect(files()).toEqual(['sync.webdav-password.secret']);
    expect(statSync(join(dir, 'secrets', 'sync.webdav-password.secret')).mode & 0o777).toBe(0o600);
    expect(await store.get('sync.webdav-password')).toBe('mot de passe');
  });

  it('asks for the keychain at each use, and seals a plain secret once the keychain is there', async () => {
    let ready = false;
    const store = fileSecretStore(dir, () => (ready ? sealer : undefined));
    await store.set('sync.device-ed25519', 'PRIVATE-KEY-BYTES');
    expect(store.protected).toBe(false);
    ready = true; // the app became ready
    expect(store.protected).toBe(true);
    expect(await store.get('sync.device-ed25519')).toBe('PRIVATE-KEY-BYTES');
    expect(files()).toEqual(['sync.device-ed25519.sealed']);
    expect(readFileSync(join(dir, 'secrets', 'sync.device-ed25519.sealed'), 'utf8')).not.toContain('PRIVATE-KEY-BYTES');
    await store.set('sync.device-ed25519', 'NEW');
    expect(await store.get('sync.device-ed25519')).toBe('NEW');
    expect(files()).toEqual(['sync.device-ed25519.sealed']);
  });

  it('refuses, rather than inventing a new key, when a sealed secret cannot be opened', async () => {
    await fileSecretStore(dir, () => sealer).set('sync.device-ed25519', 'KEY');
    await expect(fileSecretStore(dir).get('sync.device-ed25519')).rejects.toMatchObject({ code: 'secrets_locked' });
  });

  it('answers null for a secret never set', async () => {
    expect(await fileSecretStore(dir, () => sealer).get('nothing')).toBeNull();
  });
});
