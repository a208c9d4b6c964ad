import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseRecipient } from '../../../electron/services/sync/keys';
import { PUBLIC_KEY_FILE_NAME, publicKeyFileText } from '../../../shared/sync/public-key-file';
import { Laptop, Machine, cleanupAll, tmp } from './harness';

afterAll(cleanupAll);

describe('the central office public key file', () => {
  it('the exported file reads back on a laptop as the same key and fingerprint, and age takes it as a recipients file', async () => {
    const central = await Machine.make();
    await central.call('central.enable', {});
    const identity = (await central.call('central.status', {})).identity;
    if (!identity) throw new Error('central mode has no identity');
    // What "Exporter la clé publique" saves (IdentitySection uses this one function).
    const text = publicKeyFileText(identity);
    expect(text).toContain(identity.fingerprint);
    expect(parseRecipient(text)).toBe(identity.recipient);

    // The coordinator imports the file's text on the laptop: the same key, the same fingerprint.
    const laptop = await Laptop.make();
    const set = await laptop.call('sync.setCentralKey', { recipient: text, escrow: null });
    expect(set.central).toEqual({ recipient: identity.recipient, fingerprint: identity.fingerprint });

    // Central IT can use the same file with the age command line (`age -R`).
    const file = join(tmp('pubkey'), PUBLIC_KEY_FILE_NAME);
    writeFileSync(file, text);
    const sealed = execFileSync('age', ['-R', file], { input: 'bonjour' });
    const secret = (await central.ctx.secrets.get('central.age-identity')) as string;
    const idFile = join(tmp('id'), 'central.txt');
    writeFileSync(idFile, `${secret}\n`, { mode: 0o600 });
    expect(execFileSync('age', ['-d', '-i', idFile], { input: sealed }).toString()).toBe('bonjour');
  });
});
