import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const FILE = 'web-token';
const VALID = /^[A-Za-z0-9_-]{32,128}$/;

/**
 * The browser host's bridge token, kept from one launch to the next in the data folder
 * (readable by the user only), so a bookmark of the app keeps working after a restart.
 * The guard is unchanged: every bridge call still needs this token, and Host/Origin
 * must be the loopback address; the page keeps the token in its own origin's storage.
 */
export async function launchToken(dataDir: string): Promise<string> {
  const path = join(dataDir, FILE);
  try {
    const kept = (await readFile(path, 'utf8')).trim();
    if (VALID.test(kept)) return kept;
  } catch {
    // First launch: made below.
  }
  const token = randomBytes(24).toString('base64url');
  await writeFile(path, `${token}\n`, { mode: 0o600 });
  return token;
}
