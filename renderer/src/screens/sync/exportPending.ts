import { tableNames as SYNCED, type TableName } from '../../../../shared/model/tables';
import { BridgeFailure, call } from '../../bridge';
import type { Services } from '../../db/services';
import { SETTINGS_ID } from '../../store/officeSettings';

type Svc = Pick<Services, 'db' | 'records'>;

export interface ExportOutcome {
  written: boolean;
  records: number;
  bytes: number;
}

type Records = Partial<Record<TableName, unknown[]>>;

/** Every record (tombstones included) changed after `sinceStamp`, or all of them, read in one consistent snapshot. */
const collect = async ({ db }: Svc, sinceStamp: string | null): Promise<{ records: Records; establishment: string }> => {
  const tables = SYNCED.map((name) => db[name]);
  return db.transaction('r', tables, async () => {
    const records: Records = {};
    for (const name of SYNCED) {
      const table = db[name];
      records[name] = sinceStamp === null ? await table.toArray() : await table.where('stamp').above(sinceStamp).toArray();
    }
    const office = await db.settings.get(SETTINGS_ID);
    return { records, establishment: office && !office.deleted ? office.establishment : '' };
  });
};

/** Highest stamp any local record has reached, without reading the records themselves. */
const newestStamp = async ({ db }: Svc): Promise<string | null> => {
  let max: string | null = null;
  for (const name of SYNCED) {
    const last = await db[name].orderBy('stamp').last();
    if (last && (max === null || last.stamp > max)) max = last.stamp;
  }
  return max;
};

// What this window last sealed: lets the automatic export skip rewriting a bundle that
// already waits in the outbox with the same changes.
let lastSealed: { id: string; toStamp: string } | null = null;
let chain: Promise<unknown> = Promise.resolve();

const exportOnce = async (svc: Svc, full: boolean, onlyIfNew: boolean): Promise<ExportOutcome> => {
  for (let attempt = 0; ; attempt++) {
    const status = await call('sync.status', {});
    if (!status.centralKeySet) throw new BridgeFailure('no_recipient');
    const since = full ? null : status.sinceStamp;
    if (onlyIfNew && !full) {
      const newest = await newestStamp(svc);
      const nothingNew = newest === null || (since !== null && newest <= since);
      const sealed = lastSealed;
      const waiting = sealed !== null && status.bundles.some((b) => b.id === sealed.id && !b.quarantined);
      const alreadyWaiting = waiting && newest !== null && sealed !== null && newest <= sealed.toStamp;
      if (nothingNew || alreadyWaiting) return { written: false, records: 0, bytes: 0 };
    }
    const { records, establishment } = await collect(svc, since);
    try {
      const out = await call('sync.exportBundle', {
        full,
        sinceStamp: since,
        deviceId: svc.records.clock.deviceId,
        establishment,
        records,
      });
      if (out.written && out.bundleId && out.toStamp) lastSealed = { id: out.bundleId, toStamp: out.toStamp };
      return { written: out.written, records: out.records, bytes: out.bytes };
    } catch (err) {
      // A delivery confirmed between our read of the status and the export: read it again, once.
      if (err instanceof BridgeFailure && err.code === 'sync_stale_since' && attempt === 0) continue;
      throw err;
    }
  }
};

/**
 * Seals pending changes (or everything, with `full`) into a bundle in the outbox. Calls
 * are queued one after the other, so the screen's button and the automatic export never
 * race. With `onlyIfNew`, nothing is written when no record changed since the last
 * bundle this window wrote (the automatic export's case).
 */
export const exportPending = (svc: Svc, opts: { full?: boolean; onlyIfNew?: boolean } = {}): Promise<ExportOutcome> => {
  const run = chain.then(() => exportOnce(svc, opts.full ?? false, opts.onlyIfNew ?? false));
  chain = run.catch(() => undefined);
  return run;
};
