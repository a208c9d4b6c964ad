import { readFile, rename } from 'node:fs/promises';
import type { z } from 'zod';
import type { Logger } from '../logger';

export type ReadResult<T> = { kind: 'ok'; value: T } | { kind: 'missing' } | { kind: 'unreadable' } | { kind: 'newer' };

/**
 * Reads a versioned JSON file of the sync service. A file written before versions existed
 * counts as version 0 and is brought up by `migrate`; a file from a newer Relais, or one
 * that does not parse, is never silently replaced: it is set aside under a dated name
 * (`<file>.unreadable-<ms>`) for a technician, and the caller starts from empty knowing why.
 */
export const readVersioned = async <T>(
  path: string,
  schema: z.ZodType<T>,
  current: number,
  migrate: (raw: Record<string, unknown>, from: number) => Record<string, unknown> = (raw) => raw,
): Promise<ReadResult<T>> => {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    return { kind: 'unreadable' };
  }
  let result: ReadResult<T>;
  try {
    const raw = JSON.parse(text) as unknown;
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new Error('not an object');
    const obj = raw as Record<string, unknown>;
    const version = obj.version === undefined ? 0 : obj.version;
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) throw new Error('bad version');
    if (version > current) result = { kind: 'newer' };
    else {
      const parsed = schema.safeParse(version < current ? { ...migrate(obj, version), version: current } : obj);
      result = parsed.success ? { kind: 'ok', value: parsed.data } : { kind: 'unreadable' };
    }
  } catch {
    result = { kind: 'unreadable' };
  }
  return result;
};

/** Moves an unreadable file out of the way, keeping its bytes. */
export const setAside = async (path: string, now: number = Date.now()): Promise<void> => {
  await rename(path, `${path}.unreadable-${now}`).catch(() => undefined);
};

/** Reads, and on failure logs `<code>_unreadable` or `<code>_newer` (codes only) and sets the file aside. */
export const readOrSetAside = async <T>(
  path: string,
  schema: z.ZodType<T>,
  current: number,
  log: Logger,
  code: string,
  migrate?: (raw: Record<string, unknown>, from: number) => Record<string, unknown>,
): Promise<T | null> => {
  const r = await readVersioned(path, schema, current, migrate);
  if (r.kind === 'ok') return r.value;
  if (r.kind === 'missing') return null;
  log.error(`${code}_${r.kind}`);
  await setAside(path);
  return null;
};
