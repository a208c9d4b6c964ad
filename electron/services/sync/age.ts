import { createHash } from 'node:crypto';
import { Decrypter, Encrypter, identityToRecipient, Stanza, type Recipient } from 'age-encryption';
import { RelaisError } from '../../../shared/bridge/result';

/**
 * age encryption (X25519 recipients) through the age-encryption library.
 *
 * One addition the age format allows: a stanza `relais.app/payload-size <n>` that every
 * age identity ignores (it is not addressed to them), covered by the header MAC. It
 * states the plaintext length, so a reader can tell a cut-off file (fewer bytes than
 * promised) from a tampered one (authentication fails on a full-length file).
 */
const SIZE_STANZA = 'relais.app/payload-size';
const MAGIC = 'age-encryption.org/v1\n';
const CHUNK = 64 * 1024;
const TAG = 16;
const NONCE = 16;

const sizeStanza = (plaintextBytes: number): Recipient => ({
  wrapFileKey: () => [new Stanza([SIZE_STANZA, String(plaintextBytes)], new Uint8Array(0))],
});

/**
 * A second ignored stanza, `relais.app/recipient-hints <tag>…`: 32 bits of SHA-256 of each
 * recipient. X25519 stanzas are anonymous, so when no identity unwraps the file key a
 * reader cannot otherwise tell "not for this key" from "the stanza was damaged". With the
 * hint, a key that the file names but cannot open means tampering (the header MAC would
 * fail). The tags reveal only which public keys the file is for, and those are the
 * central office's published keys.
 */
const HINT_STANZA = 'relais.app/recipient-hints';
const hintOf = (recipient: string): string => createHash('sha256').update(recipient).digest('hex').slice(0, 8);
const hintStanza = (recipients: readonly string[]): Recipient => ({
  wrapFileKey: () => [new Stanza([HINT_STANZA, ...recipients.map(hintOf)], new Uint8Array(0))],
});

const namedHints = (header: string): string[] => new RegExp(`^-> ${HINT_STANZA.replace('.', '\\.')} ([0-9a-f ]+)$`, 'm').exec(header)?.[1]?.split(' ') ?? [];

const wrongKeyOrTampered = async (header: string, identities: readonly string[]): Promise<RelaisError> => {
  const hints = namedHints(header);
  for (const id of identities) {
    if (hints.includes(hintOf(await identityToRecipient(id).catch(() => ''))))
      return new RelaisError('bundle_tampered', 'the bundle is for this key but its header was altered');
  }
  return new RelaisError('bundle_wrong_key', 'this bundle was not encrypted for the given key');
};

/** age STREAM: a 16-byte nonce, then 64 KiB chunks each with a 16-byte tag; at least one chunk. */
const payloadSize = (plaintextBytes: number): number => NONCE + plaintextBytes + TAG * Math.max(1, Math.ceil(plaintextBytes / CHUNK));

export const isAgeRecipient = (text: string): boolean => {
  if (!/^age1[02-9ac-hj-np-z]{58}$/.test(text)) return false;
  try {
    new Encrypter().addRecipient(text);
    return true;
  } catch {
    return false;
  }
};

export const encrypt = async (plaintext: Uint8Array, recipients: readonly string[]): Promise<Uint8Array> => {
  if (recipients.length === 0) throw new RelaisError('no_recipient');
  const e = new Encrypter();
  for (const r of recipients) e.addRecipient(r);
  e.addRecipient(sizeStanza(plaintext.length));
  e.addRecipient(hintStanza(recipients));
  return e.encrypt(plaintext);
};

/** Where the header ends: just after the `--- <mac>` line. */
const headerEnd = (file: Uint8Array): number | null => {
  const probe = Buffer.from(file.buffer, file.byteOffset, Math.min(file.length, 64 * 1024)).toString('latin1');
  const i = probe.indexOf('\n--- ');
  if (i < 0) return null;
  const nl = probe.indexOf('\n', i + 5);
  return nl < 0 ? null : nl + 1;
};

/**
 * Decrypts with the given identities, mapping every failure to one code: not age at all,
 * not for this key, cut off, or altered.
 */
export const decrypt = async (file: Uint8Array, identities: readonly string[]): Promise<Uint8Array> => {
  const magic = Buffer.from(file.subarray(0, MAGIC.length)).toString('latin1');
  if (magic !== MAGIC) {
    if (MAGIC.startsWith(magic) && magic.length > 0) throw new RelaisError('bundle_truncated', 'the file stops inside its header');
    throw new RelaisError('bundle_not_a_bundle', 'this file is not an age-encrypted bundle');
  }
  const end = headerEnd(file);
  if (end === null) throw new RelaisError('bundle_truncated', 'the file stops inside its header');
  const d = new Decrypter();
  for (const id of identities) {
    try {
      d.addIdentity(id);
    } catch {
      throw new RelaisError('invalid_input', 'the identity is not an age X25519 secret key');
    }
  }
  try {
    await d.decryptHeader(file.subarray(0, end));
  } catch (err) {
    const msg = err instanceof Error ? err.message : '';
    if (msg.includes('no identity matched')) throw await wrongKeyOrTampered(Buffer.from(file.subarray(0, end)).toString('latin1'), identities);
    throw new RelaisError('bundle_tampered', 'the bundle header was altered');
  }
  const header = Buffer.from(file.subarray(0, end)).toString('latin1');
  const declared = new RegExp(`^-> ${SIZE_STANZA.replace('.', '\\.')} (\\d+)$`, 'm').exec(header);
  if (declared) {
    const expected = payloadSize(Number(declared[1]));
    const actual = file.length - end;
    if (actual < expected) throw new RelaisError('bundle_truncated', `the bundle is cut off (${actual} of ${expected} bytes after the header)`);
    if (actual > expected) throw new RelaisError('bundle_tampered', 'the bundle has bytes added after its end');
  }
  try {
    return await d.decrypt(file);
  } catch {
    throw new RelaisError('bundle_tampered', 'the bundle content was altered (authentication failed)');
  }
};

/** A passphrase instead of recipients (backups): age's scrypt recipient, alone in its header as the spec requires. */
export interface PassphraseRecipient {
  passphrase: string;
  /** scrypt work factor; age's default (18) unless a test lowers it. */
  logN?: number;
}

const MAX_SCRYPT_LOG_N = 18;

export const isPassphrase = (r: readonly string[] | PassphraseRecipient): r is PassphraseRecipient => !Array.isArray(r);

export const encryptForPassphrase = async (plaintext: Uint8Array, to: PassphraseRecipient): Promise<Uint8Array> => {
  const e = new Encrypter();
  e.setPassphrase(to.passphrase);
  if (to.logN) e.setScryptWorkFactor(to.logN);
  return e.encrypt(plaintext);
};

/** Decrypts a passphrase file; a wrong passphrase is `bundle_wrong_key`, a damaged file `bundle_tampered`. */
export const decryptWithPassphrase = async (file: Uint8Array, passphrase: string): Promise<Uint8Array> => {
  const magic = Buffer.from(file.subarray(0, MAGIC.length)).toString('latin1');
  if (magic !== MAGIC) throw new RelaisError('bundle_not_a_bundle', 'this file is not an age-encrypted file');
  const end = headerEnd(file);
  if (end === null) throw new RelaisError('bundle_truncated', 'the file stops inside its header');
  // The work factor is the file's to choose: 2^20 would cost 1 GiB and seconds of CPU.
  // Relais and the age CLI write 18; refuse more before scrypt runs.
  const logN = /^-> scrypt \S+ (\d+)$/m.exec(Buffer.from(file.subarray(0, end)).toString('latin1'))?.[1];
  if (logN !== undefined && Number(logN) > MAX_SCRYPT_LOG_N)
    throw new RelaisError('bundle_too_large', `scrypt work factor 2^${logN} is more than any backup uses (2^${MAX_SCRYPT_LOG_N})`);
  const d = new Decrypter();
  d.addPassphrase(passphrase);
  try {
    await d.decryptHeader(file.subarray(0, end));
  } catch (err) {
    const msg = err instanceof Error ? err.message : '';
    if (msg.includes('no identity matched')) throw new RelaisError('bundle_wrong_key', 'wrong passphrase, or not a passphrase backup');
    throw new RelaisError('bundle_tampered', 'the file header was altered');
  }
  try {
    return await d.decrypt(file);
  } catch {
    throw new RelaisError('bundle_tampered', 'the content was altered or cut off (authentication failed)');
  }
};
