import type { RecordBase } from '../../../shared/model/base';
import type { OfficeSettings } from '../../../shared/model/settings';
import { tableNames, type TableName } from '../../../shared/model/tables';
import { parseStamp, type Hlc } from '../../../shared/clock/hlc';
import { mergeVersion, nextVersion, type MergeOutcome, type RecordState } from '../../../shared/sync/merge';
import type { RelaisDb } from './db';
import type { ConflictRow } from './receive-rows';
import type { Records } from './records';

/**
 * Every synced table is merged record by record (a table left out here would be dropped by
 * every central office and every restored laptop); `settings` is per office and handled
 * apart at a central office.
 */
const MERGED: readonly TableName[] = tableNames;

export interface IncomingBundle {
  bundleId: string;
  deviceId: string;
  establishment: string;
  createdAt: string;
  full: boolean;
  /** Records already validated against the shared schemas by the main process. */
  records: Partial<Record<TableName, RecordBase[]>>;
}

export interface ApplyResult {
  already: boolean;
  outcomes: Record<MergeOutcome, number>;
  /** Records in conflict after this bundle (all tables). */
  conflicts: number;
  /** The rows this bundle wrote, as stored, per table: views are told exactly what changed. */
  written: Partial<Record<TableName, RecordBase[]>>;
}

const noOutcomes = (): Record<MergeOutcome, number> => ({ new: 0, updated: 0, same: 0, older: 0, conflict: 0 });

export const conflictKey = (table: TableName, id: string): string => `${table}:${id}`;

/**
 * Merges one bundle in ONE IndexedDB transaction: every record, the conflicts it makes or
 * ends, and the bundle's id. If anything fails, or the page dies half way, IndexedDB
 * rolls the whole transaction back: the database is as before this bundle, and since the
 * id was not recorded either, the bundle is simply merged again next time.
 *
 * Merged records keep the stamps and version vectors they came with: they are other
 * devices' changes, not this device's, so they do not go through Records' stamping.
 * With `central`, office settings are kept per office instead of being merged into this
 * office's own.
 */
export const applyBundle = async (db: RelaisDb, b: IncomingBundle, opts: { central: boolean; now?: () => Date }): Promise<ApplyResult> => {
  const now = opts.now ?? (() => new Date());
  const tables = MERGED.map((n) => db.table(n));
  return db.transaction('rw', [...tables, db.applied, db.conflicts, db.offices, db.meta], async () => {
    const outcomes = noOutcomes();
    let newest: string | null = null;
    const written: Partial<Record<TableName, RecordBase[]>> = {};
    if (await db.applied.get(b.bundleId)) return { already: true, outcomes, conflicts: await db.conflicts.count(), written };
    for (const table of MERGED) {
      const rows = b.records[table];
      if (!rows?.length) continue;
      if (table === 'settings' && opts.central) {
        const settings = (rows.find((r) => !r.deleted) as OfficeSettings | undefined) ?? null;
        const prev = await db.offices.get(b.establishment);
        if (!prev || prev.lastBundleAt <= b.createdAt)
          await db.offices.put({ establishment: b.establishment, settings: settings ?? prev?.settings ?? null, lastBundleAt: b.createdAt });
        continue;
      }
      const t = db.table<RecordBase, string>(table);
      const ids = [...new Set(rows.map((r) => r.id))];
      const held = await t.bulkGet(ids);
      const inConflict = new Map((await db.conflicts.where('table').equals(table).toArray()).map((c) => [c.recordId, c]));
      const states = new Map<string, RecordState<RecordBase>>();
      ids.forEach((id, i) => states.set(id, { current: held[i], conflict: inConflict.get(id)?.versions ?? null }));
      const changed = new Set<string>();
      for (const row of rows) {
        const { state, outcome } = mergeVersion(states.get(row.id) as RecordState<RecordBase>, row);
        outcomes[outcome]++;
        if (outcome === 'same' || outcome === 'older') continue;
        if (newest === null || row.stamp > newest) newest = row.stamp;
        states.set(row.id, state);
        changed.add(row.id);
      }
      const puts: RecordBase[] = [];
      const conflictPuts: ConflictRow[] = [];
      const conflictEnds: string[] = [];
      for (const id of changed) {
        const st = states.get(id) as RecordState<RecordBase>;
        if (st.current) puts.push(st.current);
        if (st.conflict) conflictPuts.push({ key: conflictKey(table, id), table, recordId: id, versions: st.conflict });
        else if (inConflict.has(id)) conflictEnds.push(conflictKey(table, id));
      }
      await t.bulkPut(puts);
      if (puts.length) written[table] = puts;
      if (conflictPuts.length) await db.conflicts.bulkPut(conflictPuts);
      if (conflictEnds.length) await db.conflicts.bulkDelete(conflictEnds);
    }
    if (opts.central) {
      const prev = await db.offices.get(b.establishment);
      if (!prev) await db.offices.put({ establishment: b.establishment, settings: null, lastBundleAt: b.createdAt });
      else if (prev.lastBundleAt < b.createdAt) await db.offices.put({ ...prev, lastBundleAt: b.createdAt });
    }
    if (newest !== null) await catchUpClock(db, newest);
    await db.applied.put({
      bundleId: b.bundleId,
      deviceId: b.deviceId,
      establishment: b.establishment,
      createdAt: b.createdAt,
      appliedAt: now().toISOString(),
      full: b.full,
      outcomes,
    });
    return { already: false, outcomes, conflicts: await db.conflicts.count(), written };
  });
};

/**
 * The hybrid logical clock's "receive": the stored clock moves past the newest stamp
 * merged, so this device's next change (Records refreshes from the stored clock) sorts
 * after it. Otherwise a laptop whose wall clock is behind the central office's would stamp
 * edits below a delivered bundle's toStamp, and its delta export would skip them.
 */
const catchUpClock = async (db: RelaisDb, stamp: string): Promise<void> => {
  let remote: Hlc;
  try {
    remote = parseStamp(stamp);
  } catch {
    return;
  }
  const stored = (await db.meta.get('hlc'))?.value as Hlc | undefined;
  if (!stored || remote.wall > stored.wall || (remote.wall === stored.wall && remote.counter > stored.counter))
    await db.meta.put({ key: 'hlc', value: { wall: remote.wall, counter: remote.counter } });
};

/**
 * Resolves a conflict with the given fields (taken from one version, or field by field),
 * or as a deletion. The result is a new change by this device whose version vector
 * includes every version of the conflict, so it ends the conflict wherever it travels.
 */
export const resolveConflict = async (records: Records, key: string, fields: Record<string, unknown> | 'delete'): Promise<RecordBase> => {
  const { db, clock } = records;
  const c = await db.conflicts.get(key);
  if (!c) throw new Error('conflict already resolved');
  const t = db.table<RecordBase, string>(c.table);
  const record = await db.transaction('rw', [t, db.conflicts, db.meta], async () => {
    const current = await t.get(c.recordId);
    await clock.refresh();
    let out: RecordBase;
    if (fields === 'delete') {
      const stamp = clock.next();
      out = {
        id: c.recordId,
        createdAt: current?.createdAt ?? (c.versions[0] as RecordBase).createdAt,
        updatedAt: new Date().toISOString(),
        deviceId: clock.deviceId,
        stamp,
        deleted: 1,
      };
    } else {
      // Validated against the table's schema like any form save.
      out = records.stampFor(c.table, { ...fields, id: c.recordId } as never, current as never) as RecordBase;
    }
    out.vv = nextVersion(c.versions, clock.deviceId, out.stamp);
    await t.put(out);
    await db.conflicts.delete(key);
    await clock.persist();
    return out;
  });
  await records.announceMerged(c.table, [record]);
  return record;
};
