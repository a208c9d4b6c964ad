import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { ErrorCode, RelaisError } from '../../../shared/bridge/result';
import { PART_SIZE, PartsManifest } from '../../../shared/sync/format';
import type { Logger } from '../logger';
import { TMP_SUFFIX, writeFileAtomic, type BeforeRename } from './atomic';
import type { SealedBundle } from './bundle';
import { planParts, sha256Hex } from './parts';
import { readOrSetAside, readVersioned } from './versioned';

/** Versions of the files the outbox keeps; a file without one predates versions (0). */
export const OUTBOX_ENTRY_VERSION = 1;
export const SYNC_STATE_VERSION = 1;

const Part = z.object({ name: z.string(), offset: z.number().int(), size: z.number().int(), sha256: z.string(), delivered: z.boolean() });

export const OutboxEntry = z.object({
  version: z.literal(OUTBOX_ENTRY_VERSION),
  id: z.string(),
  /** Name on the sync target. */
  file: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  createdAt: z.string(),
  full: z.boolean(),
  fromStamp: z.string().nullable(),
  toStamp: z.string().nullable(),
  records: z.number().int(),
  parts: z.array(Part),
  manifest: z.object({ body: PartsManifest, delivered: z.boolean() }).nullable(),
  attempts: z.number().int(),
  nextAttemptAt: z.number().nullable(),
  lastError: ErrorCode.nullable(),
  quarantined: z.object({ reason: ErrorCode, at: z.string() }).nullable(),
});
export type OutboxEntry = z.infer<typeof OutboxEntry>;

export const SyncState = z.object({
  version: z.literal(SYNC_STATE_VERSION),
  /** Highest stamp such that every change up to it is confirmed delivered. */
  confirmedStamp: z.string().nullable(),
  lastDeliveryAt: z.string().nullable(),
  deliveredBundles: z.number().int(),
});
export type SyncState = z.infer<typeof SyncState>;

export interface OutboxOptions {
  partSize?: number;
  log: Logger;
  /** Test hook to simulate a crash between a flushed temporary file and its rename. */
  beforeRename?: BeforeRename;
  /** Test hook: runs before supersede looks at each waiting bundle, to interleave a drain there. */
  beforeSupersedeCheck?: (id: string) => Promise<void>;
}

const isStarted = (e: OutboxEntry): boolean => e.parts.some((p) => p.delivered);
/** Null sorts lowest: a null lower bound means "from the beginning". */
const atOrBelow = (a: string | null, b: string | null): boolean => a === null || (b !== null && a <= b);

/**
 * Bundles waiting for delivery, on disk under <dataDir>/sync/outbox. A bundle exists once
 * its description (<id>.json) is renamed into place, which happens after its bytes
 * (<id>.age) are; anything else found at start-up is the trace of an interrupted export
 * and is removed, which is safe because the export never reported success.
 */
export class Outbox {
  private entries = new Map<string, OutboxEntry>();
  /** Bundles the drain loop is sending: supersede leaves them alone (see `claim`). */
  private claimed = new Set<string>();
  private state: SyncState = { version: SYNC_STATE_VERSION, confirmedStamp: null, lastDeliveryAt: null, deliveredBundles: 0 };

  private constructor(
    readonly dir: string,
    private readonly statePath: string,
    private readonly opts: OutboxOptions,
  ) {}

  static async open(syncDir: string, opts: OutboxOptions): Promise<Outbox> {
    const dir = join(syncDir, 'outbox');
    await mkdir(dir, { recursive: true, mode: 0o700 });
    const box = new Outbox(dir, join(syncDir, 'state.json'), opts);
    await box.load();
    return box;
  }

  private async load(): Promise<void> {
    // Unreadable: logged and set aside. The confirmed stamp then starts from nothing, so the
    // next bundle carries everything again (the central office merges duplicates), never less.
    this.state = (await readOrSetAside(this.statePath, SyncState, SYNC_STATE_VERSION, this.opts.log, 'sync.state')) ?? this.state;
    const names = await readdir(this.dir);
    const keptAside = new Set<string>();
    for (const name of names) {
      if (!name.endsWith('.json')) continue;
      const id = name.slice(0, -'.json'.length);
      const read = await readVersioned(join(this.dir, name), OutboxEntry, OUTBOX_ENTRY_VERSION);
      if (read.kind === 'ok' && read.value.id === id) {
        this.entries.set(id, read.value);
        continue;
      }
      // Kept with its bytes under names the sweep below leaves alone, never deleted.
      this.opts.log.error(read.kind === 'newer' ? 'sync.outbox_entry_newer' : 'sync.outbox_entry_unreadable');
      keptAside.add(id);
      await rename(join(this.dir, name), join(this.dir, `${name}.unreadable`)).catch(() => undefined);
      await rename(join(this.dir, `${id}.age`), join(this.dir, `${id}.age.unreadable`)).catch(() => undefined);
    }
    for (const name of names) {
      const id = name.replace(/\.(age|json)$/, '');
      if (keptAside.has(id)) continue;
      if (name.endsWith(TMP_SUFFIX) || (name.endsWith('.age') && !this.entries.has(id))) {
        await rm(join(this.dir, name), { force: true });
        this.opts.log.warn('sync.outbox_incomplete_removed');
      }
    }
    // A crash between recording the last part and removing the files leaves a delivered entry.
    for (const entry of [...this.entries.values()]) if (this.isDelivered(entry)) await this.complete(entry);
  }

  get syncState(): SyncState {
    return this.state;
  }

  list(): OutboxEntry[] {
    return [...this.entries.values()].sort((a, b) => a.id.localeCompare(b.id));
  }

  get(id: string): OutboxEntry | undefined {
    return this.entries.get(id);
  }

  isDelivered(e: OutboxEntry): boolean {
    return e.parts.every((p) => p.delivered) && (e.manifest === null || e.manifest.delivered);
  }

  /** The bundle's bytes, checked against the hash taken when it was written. */
  async read(e: OutboxEntry): Promise<Buffer> {
    let bytes: Buffer;
    try {
      bytes = await readFile(join(this.dir, `${e.id}.age`));
    } catch {
      throw new RelaisError('outbox_damaged', 'a bundle file is missing from the outbox');
    }
    if (bytes.length !== e.size || sha256Hex(bytes) !== e.sha256) throw new RelaisError('outbox_damaged', 'a bundle file in the outbox is damaged');
    return bytes;
  }

  async add(sealed: SealedBundle, records: number): Promise<OutboxEntry> {
    const { header, bytes } = sealed;
    const safeDevice = header.deviceId.replace(/[^A-Za-z0-9_-]/g, '_');
    const file = `relais-${safeDevice}-${header.bundleId}.age`;
    const { parts, manifest } = planParts(file, bytes, this.opts.partSize ?? PART_SIZE);
    const entry: OutboxEntry = {
      version: OUTBOX_ENTRY_VERSION,
      id: header.bundleId,
      file,
      size: bytes.length,
      sha256: sha256Hex(bytes),
      createdAt: header.createdAt,
      full: header.full,
      fromStamp: header.fromStamp,
      toStamp: header.toStamp,
      records,
      parts: parts.map((p) => ({ ...p, delivered: false })),
      manifest: manifest && { body: manifest, delivered: false },
      attempts: 0,
      nextAttemptAt: null,
      lastError: null,
      quarantined: null,
    };
    await writeFileAtomic(join(this.dir, `${entry.id}.age`), bytes, this.opts.beforeRename);
    await this.save(entry, { create: true });
    return entry;
  }

  /**
   * Writes an entry's description. Only a bundle still in the outbox is rewritten: one
   * that supersede or completion removed is not brought back as a ghost without its bytes.
   */
  async save(entry: OutboxEntry, opts: { create?: boolean } = {}): Promise<void> {
    if (!opts.create && !this.entries.has(entry.id)) {
      this.opts.log.warn('sync.outbox_save_after_remove');
      return;
    }
    await writeFileAtomic(join(this.dir, `${entry.id}.json`), JSON.stringify(entry), this.opts.beforeRename);
    this.entries.set(entry.id, entry);
  }

  /**
   * The lock between the drain loop and supersede. JavaScript runs one thing at a time, so
   * a synchronous check-and-mark is atomic: the drain claims a bundle here, with no await
   * between finding it and marking it, and supersede checks the live claim and removes a
   * bundle from the map before its first await. Whichever comes first wins; the other
   * sees it. Returns the entry, or undefined when it is gone or set aside.
   */
  claim(id: string): OutboxEntry | undefined {
    const e = this.entries.get(id);
    if (!e || e.quarantined || this.claimed.has(id)) return undefined;
    this.claimed.add(id);
    return e;
  }

  release(id: string): void {
    this.claimed.delete(id);
  }

  /**
   * Records a delivered bundle: the confirmed stamp moves first, then the files go, so a
   * crash in between only leaves files that the next start removes.
   */
  async complete(entry: OutboxEntry, at: Date = new Date()): Promise<void> {
    const confirmed = this.state.confirmedStamp;
    const covers = atOrBelow(entry.fromStamp, confirmed);
    this.state = {
      version: SYNC_STATE_VERSION,
      confirmedStamp: covers && entry.toStamp !== null && (confirmed === null || entry.toStamp > confirmed) ? entry.toStamp : confirmed,
      lastDeliveryAt: at.toISOString(),
      deliveredBundles: this.state.deliveredBundles + 1,
    };
    await writeFileAtomic(this.statePath, JSON.stringify(this.state));
    await this.remove(entry.id);
  }

  /**
   * Drops waiting bundles that have not started uploading and that the new one makes
   * redundant: everything up to the new bundle's lower bound is confirmed delivered, the
   * new bundle holds every change above it up to its own upper bound, and the old
   * bundle's range lies inside the new one's. A full bundle is only ever replaced by
   * another full one: the central office asked for everything, not for the latest changes.
   */
  async supersede(latest: OutboxEntry): Promise<string[]> {
    const dropped: string[] = [];
    if (!atOrBelow(latest.fromStamp, this.state.confirmedStamp)) return dropped;
    for (const { id } of this.list()) {
      await this.opts.beforeSupersedeCheck?.(id);
      // Read live after every await: the drain may have claimed or advanced it meanwhile.
      const e = this.entries.get(id);
      if (!e || id === latest.id || this.claimed.has(id) || e.quarantined || isStarted(e)) continue;
      const inside = atOrBelow(latest.fromStamp, e.fromStamp) && atOrBelow(e.toStamp, latest.toStamp);
      if (inside && (!e.full || latest.full)) {
        // Out of the map before the first await, so the drain can no longer claim it.
        this.entries.delete(id);
        await this.removeFiles(id);
        dropped.push(id);
      }
    }
    return dropped;
  }

  private async remove(id: string): Promise<void> {
    this.entries.delete(id);
    await this.removeFiles(id);
  }

  private async removeFiles(id: string): Promise<void> {
    // Description first: without it the bytes are an orphan that the next start removes.
    await rm(join(this.dir, `${id}.json`), { force: true });
    await rm(join(this.dir, `${id}.age`), { force: true });
  }
}
