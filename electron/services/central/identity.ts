import { Decrypter, Encrypter, generateX25519Identity, identityToRecipient } from 'age-encryption';
import { RelaisError } from '../../../shared/bridge/result';
import { fingerprintOfText } from '../../../shared/sync/fingerprint';
import type { SecretStore } from '../secret-store';

const CENTRAL_IDENTITY = 'central.age-identity';
const DEVICE_AGE = 'sync.device-age';

export interface AgeKeyInfo {
  recipient: string;
  fingerprint: string;
}

const info = async (identity: string): Promise<AgeKeyInfo> => {
  const recipient = await identityToRecipient(identity);
  return { recipient, fingerprint: await fingerprintOfText(recipient) };
};

/**
 * An age identity kept in the secret store (sealed by the OS keychain when there is one),
 * made on first use. One promise per name, so two calls at first run make one key.
 */
const keyed = (name: string) => {
  const pending = new WeakMap<SecretStore, Promise<string>>();
  return (secrets: SecretStore, create: boolean): Promise<string | null> => {
    const inFlight = pending.get(secrets);
    if (inFlight) return inFlight;
    const p = (async () => {
      const stored = await secrets.get(name);
      if (stored || !create) return stored;
      const made = await generateX25519Identity();
      await secrets.set(name, made);
      return made;
    })();
    if (!create) return p;
    const once = p.then((v) => v as string);
    pending.set(secrets, once);
    once.catch(() => pending.delete(secrets));
    return once;
  };
};

const centralKey = keyed(CENTRAL_IDENTITY);
const deviceKey = keyed(DEVICE_AGE);

/** The central office's private identity, or null when this installation is not a central office. */
export const centralIdentity = (secrets: SecretStore): Promise<string | null> => centralKey(secrets, false);
export const ensureCentralIdentity = async (secrets: SecretStore): Promise<AgeKeyInfo> => info((await centralKey(secrets, true)) as string);
export const centralKeyInfo = async (secrets: SecretStore): Promise<AgeKeyInfo | null> => {
  const id = await centralIdentity(secrets);
  return id ? info(id) : null;
};

/** Each laptop's own age key pair, so the central office can send its office's records back. */
export const deviceAgeIdentity = async (secrets: SecretStore): Promise<string> => (await deviceKey(secrets, true)) as string;
export const deviceAgeInfo = async (secrets: SecretStore): Promise<AgeKeyInfo> => info(await deviceAgeIdentity(secrets));

/**
 * The private identity encrypted with a passphrase (age scrypt), readable with
 * `age -d backup.age`. Without it, or without this installation, no bundle can be read.
 */
export const backupIdentity = async (secrets: SecretStore, passphrase: string): Promise<Uint8Array> => {
  if (passphrase.length < 12) throw new RelaisError('invalid_input', 'the passphrase must have at least 12 characters');
  const id = await centralIdentity(secrets);
  if (!id) throw new RelaisError('central_no_identity');
  const k = await info(id);
  const e = new Encrypter();
  e.setPassphrase(passphrase);
  return e.encrypt(`# Relais central office identity, fingerprint ${k.fingerprint}\n# public key: ${k.recipient}\n${id}\n`);
};

/** Reads a backup made by backupIdentity (used by tests and by a restore on a new machine). */
export const readBackup = async (file: Uint8Array, passphrase: string): Promise<string> => {
  const d = new Decrypter();
  d.addPassphrase(passphrase);
  let text: string;
  try {
    text = await d.decrypt(file, 'text');
  } catch {
    throw new RelaisError('bad_passphrase', 'wrong passphrase, or not a Relais identity backup');
  }
  const id = /^AGE-SECRET-KEY-1[0-9A-Z]+$/m.exec(text)?.[0];
  if (!id) throw new RelaisError('bad_passphrase', 'not a Relais identity backup');
  return id;
};

/** Puts a backed-up identity back (a new central office computer); never replaces a different one. */
export const restoreCentralIdentity = async (secrets: SecretStore, file: Uint8Array, passphrase: string): Promise<AgeKeyInfo> => {
  const id = await readBackup(file, passphrase);
  const existing = await centralIdentity(secrets);
  if (existing && existing !== id) throw new RelaisError('central_identity_exists', 'this computer already holds another central office key');
  if (!existing) await secrets.set(CENTRAL_IDENTITY, id);
  return info(id);
};
