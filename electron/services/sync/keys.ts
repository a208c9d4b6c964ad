import { RelaisError } from '../../../shared/bridge/result';
import { fingerprintOf, fingerprintOfText } from '../../../shared/sync/fingerprint';
import type { SecretStore } from '../secret-store';
import { isAgeRecipient } from './age';
import { generateSigningKey, type SigningKeyPair } from './signing';

const DEVICE_KEY = 'sync.device-ed25519';
export const WEBDAV_PASSWORD = 'sync.webdav-password';

/**
 * Finds the age1… recipient in pasted text or a key file's text (age-keygen writes it in
 * a comment). Refuses text holding a secret key: the central office's private key must
 * never be typed into a coordinator's laptop.
 */
export const parseRecipient = (text: string): string => {
  if (/AGE-SECRET-KEY-/i.test(text)) throw new RelaisError('secret_key_pasted', 'this is a private key: ask the central office for its public key (age1…)');
  const found = [...new Set(text.match(/\bage1[0-9a-z]{58}\b/g) ?? [])];
  if (found.length !== 1 || !isAgeRecipient(found[0] as string))
    throw new RelaisError('invalid_public_key', found.length > 1 ? 'more than one public key in this text' : 'no valid age public key (age1…) in this text');
  return found[0] as string;
};

export const recipientFingerprint = (recipient: string): Promise<string> => fingerprintOfText(recipient);

/** The device's Ed25519 key pair, made on first use and kept in the secret store. */
export const loadDeviceKey = async (secrets: SecretStore): Promise<SigningKeyPair> => {
  const stored = await secrets.get(DEVICE_KEY);
  if (stored) {
    const { privatePkcs8, publicRaw } = JSON.parse(stored) as { privatePkcs8: string; publicRaw: string };
    return { privatePkcs8: Buffer.from(privatePkcs8, 'base64'), publicRaw: Buffer.from(publicRaw, 'base64') };
  }
  const pair = await generateSigningKey();
  await secrets.set(
    DEVICE_KEY,
    JSON.stringify({ privatePkcs8: Buffer.from(pair.privatePkcs8).toString('base64'), publicRaw: Buffer.from(pair.publicRaw).toString('base64') }),
  );
  return pair;
};

/** What the coordinator exports for central IT: one line they pass to `bundle inspect --device-key`. */
export const devicePublicText = async (publicRaw: Uint8Array): Promise<{ publicKey: string; fingerprint: string; exportText: string }> => {
  const publicKey = Buffer.from(publicRaw).toString('base64');
  const fingerprint = await fingerprintOf(publicRaw);
  return { publicKey, fingerprint, exportText: `# Relais device signing key (Ed25519), fingerprint ${fingerprint}\nrelais-ed25519:${publicKey}\n` };
};

/** Reads a device key given as base64 or as the exported text. */
export const parseDevicePublicKey = (text: string): Uint8Array => {
  const m = /(?:relais-ed25519:)?([A-Za-z0-9+/]{43}=)/.exec(text.replace(/^#.*$/gm, ''));
  if (!m) throw new RelaisError('invalid_public_key', 'not a Relais device key');
  return Buffer.from(m[1] as string, 'base64');
};
