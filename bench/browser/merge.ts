import type { Partner } from '../../shared/model/partner';
import { nextVersion } from '../../shared/sync/merge';
import { openDb } from '../../renderer/src/db/db';
import { applyBundle, type IncomingBundle } from '../../renderer/src/db/receive';
import { median, type BenchRow } from '../types';

const round = (x: number) => Math.round(x * 100) / 100;

const fresh = async (name: string) => {
  await indexedDB.deleteDatabase(name);
  const db = openDb(name);
  await db.open();
  return db;
};

/**
 * 100 bundles from 4 laptops holding 20,000 partners with their history: each bundle
 * brings new people and later versions of people sent in earlier bundles (a fifth of the
 * bank is changed again), merged at the central office one transaction per bundle,
 * against raw Dexie bulkPut of the same records, one transaction per bundle too.
 */
export async function mergeBench(partners: readonly Partner[]): Promise<BenchRow> {
  const devices = ['laptop-aa01', 'laptop-bb02', 'laptop-cc03', 'laptop-dd04'];
  const per = Math.ceil(partners.length / 100);
  const versions = new Map<string, Partner>();
  const bundles: IncomingBundle[] = [];
  let wall = Date.UTC(2026, 9, 1);
  for (let b = 0; b < 100; b++) {
    const device = devices[b % devices.length] as string;
    const rows: Partner[] = [];
    const stamp = () => `${String(wall++).padStart(13, '0')}-00000-${device}`;
    for (const p of partners.slice(b * per, (b + 1) * per)) {
      const s = stamp();
      const v = { ...p, deviceId: device, stamp: s, vv: nextVersion([], device, s) };
      versions.set(p.id, v);
      rows.push(v);
    }
    // Later versions of people from earlier bundles, made on top of what was sent.
    if (b > 0)
      for (const p of partners.slice((b - 1) * per, (b - 1) * per + Math.floor(per / 5))) {
        const prev = versions.get(p.id) as Partner;
        const s = stamp();
        const v = { ...prev, notes: `${prev.notes ?? ''} suivi`, deviceId: device, stamp: s, vv: nextVersion([prev], device, s) };
        versions.set(p.id, v);
        rows.push(v);
      }
    bundles.push({
      bundleId: `01BENCH${String(b).padStart(19, '0')}`,
      deviceId: device,
      establishment: 'Bench',
      createdAt: new Date(wall).toISOString(),
      full: false,
      records: { partners: rows },
    });
  }
  const total = bundles.reduce((n, b) => n + (b.records.partners?.length ?? 0), 0);
  const app = async () => {
    const db = await fresh('bench-merge');
    const t0 = performance.now();
    for (const b of bundles) await applyBundle(db, b, { central: true });
    const ms = performance.now() - t0;
    const count = await db.partners.count();
    db.close();
    if (count !== partners.length) throw new Error(`merge lost records: ${count}`);
    return ms;
  };
  const raw = async () => {
    const db = await fresh('bench-merge-raw');
    const t0 = performance.now();
    for (const b of bundles) await db.partners.bulkPut(b.records.partners as Partner[]);
    const ms = performance.now() - t0;
    db.close();
    return ms;
  };
  const appMs: number[] = [];
  const rawMs: number[] = [];
  for (let i = 0; i < 3; i++) {
    rawMs.push(await raw());
    appMs.push(await app());
  }
  const ratio = median(appMs) / median(rawMs);
  return {
    name: `Merge 100 bundles holding ${partners.length.toLocaleString('en')} partners with their history (${total.toLocaleString('en')} versions), central office`,
    medianMs: round(median(appMs)),
    baselineName: 'raw Dexie bulkPut of the same records, one transaction per bundle',
    baselineMedianMs: round(median(rawMs)),
    target: '≤ 2× baseline',
    met: ratio <= 2,
    notes: `ratio ${round(ratio)}×; version vectors compared per record, conflicts checked, bundle ids recorded; 3 alternating runs each`,
  };
}
