import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { SyncTarget } from '../../../shared/bridge/channels/sync';
import { writeFileAtomic } from './atomic';

/** Settings that are not secret; the WebDAV password lives in the secret store. */
export const SyncConfig = z.object({
  central: z.string().nullable(),
  escrow: z.string().nullable(),
  target: SyncTarget.nullable(),
});
export type SyncConfig = z.infer<typeof SyncConfig>;

const EMPTY: SyncConfig = { central: null, escrow: null, target: null };

export const loadConfig = async (syncDir: string): Promise<SyncConfig> => {
  try {
    return SyncConfig.parse(JSON.parse(await readFile(join(syncDir, 'config.json'), 'utf8')));
  } catch {
    return { ...EMPTY };
  }
};

export const saveConfig = async (syncDir: string, config: SyncConfig): Promise<void> => {
  await mkdir(syncDir, { recursive: true, mode: 0o700 });
  await writeFileAtomic(join(syncDir, 'config.json'), JSON.stringify(config, null, 2));
};
