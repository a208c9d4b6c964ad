import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { SyncTarget } from '../../../shared/bridge/channels/sync';
import type { Logger } from '../logger';
import { writeFileAtomic } from './atomic';
import { readOrSetAside } from './versioned';

export const CONFIG_VERSION = 1;

/** Settings that are not secret; the WebDAV password lives in the secret store. */
export const SyncConfig = z.object({
  version: z.literal(CONFIG_VERSION),
  central: z.string().nullable(),
  escrow: z.string().nullable(),
  target: SyncTarget.nullable(),
});
export type SyncConfig = z.infer<typeof SyncConfig>;

export const EMPTY_CONFIG: SyncConfig = { version: CONFIG_VERSION, central: null, escrow: null, target: null };

/** A missing file is a first run; an unreadable or newer one is logged and set aside, then the settings start empty. */
export const loadConfig = async (syncDir: string, log: Logger): Promise<SyncConfig> =>
  (await readOrSetAside(join(syncDir, 'config.json'), SyncConfig, CONFIG_VERSION, log, 'sync.config')) ?? { ...EMPTY_CONFIG };

export const saveConfig = async (syncDir: string, config: SyncConfig): Promise<void> => {
  await mkdir(syncDir, { recursive: true, mode: 0o700 });
  await writeFileAtomic(join(syncDir, 'config.json'), JSON.stringify(config, null, 2));
};
