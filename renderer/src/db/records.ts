import { ulid } from 'ulid';
import type { RecordBase } from '../../../shared/model/base';
import { tableSchemas, type TableName, type TableRecords } from '../../../shared/model/tables';
import type { DeviceClock } from './clock';
import type { RelaisDb } from './db';

type Fields<T extends TableName> = Omit<TableRecords[T], keyof RecordBase> & { id?: string };

/**
 * Every write goes through here: the record gets its id, times, device and change stamp,
 * and is validated against the shared schema before it reaches IndexedDB, so a form can
 * never store something a bundle would later refuse.
 */
/** Called after a bulk write commits, so in-memory views (the bank's index) can catch up. */
export type BulkListener = (table: TableName) => Promise<void> | void;

export class Records {
  private readonly bulkListeners = new Set<BulkListener>();

  constructor(
    readonly db: RelaisDb,
    readonly clock: DeviceClock,
    private readonly now: () => Date = () => new Date(),
  ) {}

  stampFor<T extends TableName>(table: T, fields: Fields<T>, previous?: TableRecords[T], validated = false): TableRecords[T] {
    const at = this.now().toISOString();
    const candidate = {
      ...fields,
      id: fields.id ?? previous?.id ?? ulid(),
      createdAt: previous?.createdAt ?? at,
      updatedAt: at,
      deviceId: this.clock.deviceId,
      stamp: this.clock.next(),
    };
    return validated ? (candidate as TableRecords[T]) : (tableSchemas[table].parse(candidate) as TableRecords[T]);
  }

  async save<T extends TableName>(table: T, fields: Fields<T>): Promise<TableRecords[T]> {
    const t = this.db.table<TableRecords[T], string>(table);
    return this.db.transaction('rw', [t, this.db.meta], async () => {
      const previous = fields.id ? await t.get(fields.id) : undefined;
      await this.clock.refresh();
      const record = this.stampFor(table, fields, previous);
      await t.put(record);
      await this.clock.persist();
      return record;
    });
  }

  /**
   * Deletion keeps only a tombstone: the id, the bookkeeping fields and `deleted: 1`, so
   * sync can tell the central office to delete its copy too. Personal data is gone.
   */
  async remove(table: TableName, id: string): Promise<void> {
    const t = this.db.table<RecordBase, string>(table);
    await this.db.transaction('rw', [t, this.db.meta], async () => {
      const previous = await t.get(id);
      if (!previous) return;
      await this.clock.refresh();
      const tombstone: RecordBase = {
        id,
        createdAt: previous.createdAt,
        updatedAt: this.now().toISOString(),
        deviceId: this.clock.deviceId,
        stamp: this.clock.next(),
        deleted: 1,
      };
      await t.put(tombstone);
      await this.clock.persist();
    });
  }

  /** Tells in-memory views that a table changed outside the bulk path (a committee seat changes a partner's load). */
  async announce(table: TableName): Promise<void> {
    for (const listener of this.bulkListeners) await listener(table);
  }

  onBulkSave(listener: BulkListener): () => void {
    this.bulkListeners.add(listener);
    return () => this.bulkListeners.delete(listener);
  }

  /**
   * Bulk load (demo data, CSV import) restamped as this device's changes. `validated`
   * says the caller already parsed every row with the same schema at its own boundary
   * (the CSV validator does), so the rows are not parsed a second time.
   */
  async bulkSave<T extends TableName>(table: T, rows: Fields<T>[], opts: { validated?: boolean } = {}): Promise<number> {
    const t = this.db.table<TableRecords[T], string>(table);
    await this.clock.refresh();
    const records = rows.map((r) => this.stampFor(table, r, undefined, opts.validated));
    await this.db.transaction('rw', [t, this.db.meta], async () => {
      await t.bulkPut(records);
      await this.clock.persist();
    });
    for (const listener of this.bulkListeners) await listener(table);
    return records.length;
  }
}

/** Rows that are not tombstones: every read a screen shows goes through this. */
export const live = <T extends { deleted?: 1 }>(rows: T[]): T[] => rows.filter((r) => !r.deleted);
