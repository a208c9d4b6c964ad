/**
 * The central office's public key as a file for coordinators: the age1… recipient with
 * its fingerprint in comments, both languages. The central screen exports it with this
 * one function; laptops read it back with the same parser as a pasted key
 * (electron/services/sync/keys.ts parseRecipient), which takes the one age1… line.
 */
export const PUBLIC_KEY_FILE_NAME = 'relais-cle-publique-centrale.txt';

export const publicKeyFileText = (k: { recipient: string; fingerprint: string }): string =>
  `# Relais — clé publique du bureau central / central office public key\n# empreinte / fingerprint: ${k.fingerprint}\n${k.recipient}\n`;
