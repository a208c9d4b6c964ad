import { Dexie } from 'dexie';
import { ulid } from 'ulid';
import { z } from 'zod';
import { RecordBase } from '../../../shared/model/base';
import { tableSchemas, type TableName, type TableRecords } from '../../../shared/model/tables';
import type { DeviceClock } from './clock';
import type { RelaisDb } from './db';
import { nextVersion } from '../../../shared/sync/merge';

/** Above this many rows, a merge is announced as one bulk change (the bank applies it in one pass rather than row by row). */
export const MERGED_PATCH_LIMIT = 2000;

/**
 * Random draws for new ids, taken from one getRandomValues call per 4,096 draws: the ulid
 * library's default makes one call per character (16 per id), ≈ 20 ms per 1,000 ids here.
 */
const randomDraws = new Uint32Array(4096);
let drawn = randomDraws.length;
const bufferedRandom = (): number => {
  if (drawn >= randomDraws.length) {
    crypto.getRandomValues(randomDraws);
    drawn = 0;
  }
  return (randomDraws[drawn++] as number) / 0x1_0000_0000;
};

type Fields<T extends TableName> = Omit<TableRecords[T], keyof RecordBase> & { id?: string };

/**
 * Every write goes through here: the record gets its id, times, device and change stamp,
 * and is validated against the shared schema before it reaches IndexedDB, so a form can
 * never store something a bundle would later refuse.
 */
/**
 * The change feed: every write of the record layer announces, once it has committed, the
 * table, the ids and the rows as stored (tombstones included), so in-memory views (the
 * bank's index and loads) follow the data instead of callers refreshing them by hand.
 * Screens' lists read through Dexie's liveQuery, which sees the same commits.
 */
export interface Change {
  table: TableName;
  ids: string[];
  rows: RecordBase[];
  /** A bulk load (demo data, CSV import): views may rebuild rather than patch. */
  bulk: boolean;
}
export type ChangeListener = (change: Change) => Promise<void> | void;

export class Records {
  private readonly listeners = new Set<ChangeListener>();

  constructor(
    readonly db: RelaisDb,
    readonly clock: DeviceClock,
    private readonly now: () => Date = () => new Date(),
  ) {}

  stampFor<T extends TableName>(table: T, fields: Fields<T>, previous?: TableRecords[T], validated = false): TableRecords[T] {
    const at = this.now().toISOString();
    const candidate = {
      ...fields,
      id: fields.id ?? previous?.id ?? ulid(undefined, bufferedRandom),
      createdAt: previous?.createdAt ?? at,
      updatedAt: at,
      deviceId: this.clock.deviceId,
      stamp: this.clock.next(),
    };
    // Which versions this one replaces: merges tell an update from a conflict by it.
    Object.assign(candidate, { vv: nextVersion(previous ? [previous] : [], this.clock.deviceId, candidate.stamp) });
    return validated ? (candidate as TableRecords[T]) : (tableSchemas[table].parse(candidate) as TableRecords[T]);
  }

  async save<T extends TableName>(table: T, fields: Fields<T>): Promise<TableRecords[T]> {
    const t = this.db.table<TableRecords[T], string>(table);
    const saved = await this.db.transaction('rw', [t, this.db.meta], async () => {
      const previous = fields.id ? await t.get(fields.id) : undefined;
      await this.clock.refresh();
      const record = this.stampFor(table, fields, previous);
      await t.put(record);
      await this.clock.persist();
      return record;
    });
    await this.announce({ table, ids: [saved.id], rows: [saved], bulk: false });
    return saved;
  }

  /**
   * Deletion keeps only a tombstone: the id, the bookkeeping fields and `deleted: 1`, so
   * sync can tell the central office to delete its copy too. Personal data is gone.
   */
  async remove(table: TableName, id: string): Promise<void> {
    const t = this.db.table<RecordBase, string>(table);
    const tombstone = await this.db.transaction('rw', [t, this.db.meta], async () => {
      const previous = await t.get(id);
      if (!previous) return undefined;
      await this.clock.refresh();
      const stamp = this.clock.next();
      const tombstone: RecordBase = {
        id,
        createdAt: previous.createdAt,
        updatedAt: this.now().toISOString(),
        deviceId: this.clock.deviceId,
        stamp,
        vv: nextVersion([previous], this.clock.deviceId, stamp),
        deleted: 1,
      };
      await t.put(tombstone);
      await this.clock.persist();
      return tombstone;
    });
    if (tombstone) await this.announce({ table, ids: [id], rows: [tombstone], bulk: false });
  }

  /**
   * Writes records from a backup as they were (ids, stamps, tombstones), each validated
   * first; a row already here with a newer stamp is kept (last stamp wins, as at the
   * central office). The clock moves past every restored stamp. All or nothing.
   */
  async restore(table: TableName, rows: readonly unknown[]): Promise<number> {
    const schema = tableSchemas[table];
    const parsed = rows.map(
      (r) => ((r as { deleted?: unknown }).deleted === 1 ? RecordBase.extend({ deleted: z.literal(1) }).parse(r) : schema.parse(r)) as RecordBase,
    );
    const t = this.db.table<RecordBase, string>(table);
    let written: RecordBase[] = [];
    await this.db.transaction('rw', [t, this.db.meta], async () => {
      await this.clock.refresh();
      const here = await t.bulkGet(parsed.map((r) => r.id));
      const newer = parsed.filter((r, i) => !here[i] || (here[i] as RecordBase).stamp < r.stamp);
      await t.bulkPut(newer);
      for (const r of parsed) this.clock.observe(r.stamp);
      await this.clock.persist();
      written = newer;
    });
    await this.announce({ table, ids: written.map((r) => r.id), rows: written, bulk: true });
    return written.length;
  }

  /**
   * A bundle merged outside this class (renderer/src/db/receive.ts keeps the stamps it
   * received), or a bulk write committed by another connection (the CSV import's worker),
   * told once its transaction committed. With the rows as stored, views patch themselves as
   * after a form save (many rows: one bulk change, applied in place; the import hands over
   * the rows its worker stamped); told without rows, views re-read the table. A merge used to be told without rows: the bank
   * re-read itself and emptied its list meanwhile, so a click on a person was lost.
   */
  async announceMerged(table: TableName, rows?: readonly RecordBase[]): Promise<void> {
    if (!rows) await this.emit({ table, ids: [], rows: [], bulk: true });
    else await this.emit({ table, ids: rows.map((r) => r.id), rows: [...rows], bulk: rows.length > MERGED_PATCH_LIMIT });
  }

  /** Follows every committed write; returns the function that stops following. */
  onChange(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Tells the listeners once the write is durable. Inside a caller's transaction (an
   * erasure touching several tables) that is when the whole transaction commits: a
   * rolled-back write is never announced.
   */
  private async announce(change: Change): Promise<void> {
    const outer = Dexie.currentTransaction;
    if (outer?.idbtrans) {
      outer.idbtrans.addEventListener('complete', () => void Dexie.ignoreTransaction(() => this.emit(change)));
      return;
    }
    await this.emit(change);
  }

  private async emit(change: Change): Promise<void> {
    for (const listener of this.listeners) await listener(change);
  }

  /**
   * Bulk load (demo data, CSV import) restamped as this device's changes. `validated`
   * says the caller already parsed every row with the same schema at its own boundary
   * (the CSV validator does), so the rows are not parsed a second time.
   */
  /**
   * `chunk` writes that many rows per step of the one transaction, and `onProgress` hears
   * after each; `onStamped` hears each step's rows as stamped, while they are written (not
   * yet durable: the transaction may still roll back). The CSV import calls this from its
   * worker (import-worker.ts), so none of the stamping or cloning runs on the window's
   * thread, and hands each step's rows to the window as they come, so the bank can apply
   * them at the commit without reading the table again.
   */
  async bulkSave<T extends TableName>(
    table: T,
    rows: Fields<T>[],
    opts: { validated?: boolean; chunk?: number; onProgress?(done: number, total: number): void; onStamped?(rows: readonly TableRecords[T][]): void } = {},
  ): Promise<number> {
    const t = this.db.table<TableRecords[T], string>(table);
    // Read the clock and stamp inside the write transaction: stamped outside it, another
    // window could commit higher stamps in between, and these rows would land below them
    // (an incremental bundle, `stamp > since`, would skip them) and the stored clock go back.
    const records = await this.db.transaction('rw', [t, this.db.meta], async () => {
      await this.clock.refresh();
      const size = opts.chunk ?? rows.length;
      const stamped: TableRecords[T][] = [];
      let done = 0;
      // The next step is stamped while the previous one is being written (two in flight):
      // stamping and writing overlap, and the caller still yields between steps.
      let writing: Promise<void> | undefined;
      for (let i = 0; i < rows.length; i += Math.max(1, size)) {
        const part = rows.slice(i, i + Math.max(1, size)).map((r) => this.stampFor(table, r, undefined, opts.validated));
        stamped.push(...part);
        const put = t.bulkPut(part).then(() => {
          done += part.length;
          opts.onProgress?.(done, rows.length);
        });
        // Told once the step's write is under way: a caller posting the rows elsewhere
        // clones them while IndexedDB stores them.
        opts.onStamped?.(part);
        // A failed step fails the transaction; the one in flight then rejects too, heard here.
        put.catch(() => undefined);
        if (writing) await writing;
        writing = put;
      }
      await writing;
      await this.clock.persist();
      return stamped;
    });
    await this.announce({ table, ids: records.map((r) => r.id), rows: records, bulk: true });
    return records.length;
  }
}

/** Rows that are not tombstones: every read a screen shows goes through this. */
export const live = <T extends { deleted?: 1 }>(rows: T[]): T[] => rows.filter((r) => !r.deleted);
