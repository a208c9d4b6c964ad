import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { CentralDevice, InboxConfig } from '../../../shared/bridge/channels/central';
import { ErrorCode } from '../../../shared/bridge/result';
import { writeFileAtomic } from '../sync/atomic';

/**
 * What the receiving side keeps between runs, in `<dataDir>/central/state.json`: the
 * mode, where bundles arrive, every device seen with its signing key and decision, and
 * the bundles set aside with their reason. Versioned so a later Relais can migrate it.
 */
export const CentralState = z.object({
  version: z.literal(1),
  mode: z.enum(['laptop', 'central']),
  inbox: InboxConfig,
  devices: z.record(z.string(), CentralDevice),
  quarantine: z.record(z.string(), z.object({ code: ErrorCode, message: z.string().max(300), at: z.string() })),
});
export type CentralState = z.infer<typeof CentralState>;

const EMPTY: CentralState = { version: 1, mode: 'laptop', inbox: { folder: null, webdav: null }, devices: {}, quarantine: {} };

export const loadState = async (dir: string): Promise<CentralState> => {
  try {
    return CentralState.parse(JSON.parse(await readFile(join(dir, 'state.json'), 'utf8')));
  } catch {
    return structuredClone(EMPTY);
  }
};

export const saveState = async (dir: string, state: CentralState): Promise<void> => {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  await writeFileAtomic(join(dir, 'state.json'), JSON.stringify(state, null, 2));
};
