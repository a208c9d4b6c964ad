import { generateDemo } from '../../shared/demo/generate';
import { defaultExportColumns, guessMapping, parseCsv, partnersToCsv, validateRows } from '../../shared/logic/csv';
import { computeLoads, deriveContactFieldsByPartner } from '../../shared/logic/load';
import { fold } from '../../shared/logic/text';
import { PartnerIndex } from '../../shared/logic/search';
import type { Partner } from '../../shared/model/partner';
import { loadDeviceClock } from '../../renderer/src/db/clock';
import { openDb } from '../../renderer/src/db/db';
import { Records } from '../../renderer/src/db/records';
import { median, timeIt, type BenchRow } from '../types';
import { mergeBench } from './merge';

/**
 * Benchmarks that must run where the app runs: real IndexedDB in Debian Chromium. The
 * runner loads this bundle into a loopback page and calls window.relaisBench.
 */
const TODAY = '2026-11-23';
const TYPED = ['Hélène Tremblay', 'chibougamau', 'cancer du sein', 'diabete', 'Mistissini', 'gagnon', 'evacuation medicale'];
const keystrokes = (): string[] => TYPED.flatMap((t) => Array.from({ length: t.length }, (_, i) => t.slice(0, i + 1)));
const round = (x: number) => Math.round(x * 100) / 100;

const freshDb = async (name: string) => {
  await indexedDB.deleteDatabase(name);
  const db = openDb(name);
  await db.open();
  return db;
};

async function searchBench(partners: Partner[], loads: ReturnType<typeof computeLoads>): Promise<BenchRow> {
  const index = new PartnerIndex(partners);
  const ctx = { loads, today: TODAY, thresholds: { overloadMandates: 3, overloadHours: 60, followUpMonths: 6 } };
  const hay = partners.map((p) => fold([p.firstName, p.lastName, p.community ?? '', ...p.trajectories, p.notes ?? ''].join(' ')));
  const keys = keystrokes();
  const appMs: number[] = [];
  const rawMs: number[] = [];
  for (const k of keys) {
    appMs.push(median(await timeIt(() => index.query({ text: k }, ctx), 5, 1)));
    const f = fold(k);
    rawMs.push(median(await timeIt(() => hay.filter((h) => h.includes(f)), 5, 1)));
  }
  const med = median(appMs);
  return {
    name: `Bank search per keystroke, ${partners.length.toLocaleString('en')} partners (Chromium)`,
    medianMs: round(med),
    baselineName: 'Array.filter substring scan of the same fields',
    baselineMedianMs: round(median(rawMs)),
    target: '≤ 16 ms',
    met: med <= 16,
    notes: `${keys.length} keystrokes; p95 ${round([...appMs].sort((a, b) => a - b)[Math.floor(appMs.length * 0.95)] ?? 0)} ms; index build ${round(
      median(await timeIt(() => new PartnerIndex(partners), 1, 0)),
    )} ms`,
  };
}

async function profileBench(partners: Partner[], contactsTotal: number, write: (db: ReturnType<typeof openDb>) => Promise<string>): Promise<BenchRow> {
  const db = await freshDb('bench-profile');
  const target = await write(db);
  // What the profile screen reads: the partner, then their contact log sorted newest first.
  const open = async () => {
    const p = await db.partners.get(target);
    const log = (await db.contacts.where('partnerId').equals(target).toArray()).filter((c) => !c.deleted);
    log.sort((a, b) => (a.date === b.date ? b.createdAt.localeCompare(a.createdAt) : b.date.localeCompare(a.date)));
    return [p, log.length];
  };
  const raw = () => db.contacts.where('partnerId').equals(target).toArray();
  const ms = median(await timeIt(open, 15, 3));
  const rawMs = median(await timeIt(raw, 15, 3));
  db.close();
  return {
    name: `Open a profile with 200 log entries among ${contactsTotal.toLocaleString('en')} (Chromium IndexedDB)`,
    medianMs: round(ms),
    baselineName: 'raw indexed read of the 200 entries',
    baselineMedianMs: round(rawMs),
    target: '≤ 50 ms',
    met: ms <= 50,
    notes: `${partners.length.toLocaleString('en')} partners in the database`,
  };
}

async function importBench(partners: Partner[]): Promise<BenchRow> {
  const csv = partnersToCsv(partners, defaultExportColumns, 'fr');
  const raw = async () => {
    const db = await freshDb('bench-raw');
    const t0 = performance.now();
    await db.partners.bulkPut(partners);
    const ms = performance.now() - t0;
    db.close();
    return ms;
  };
  let imported = 0;
  let errors = 0;
  let phases = '';
  const app = async () => {
    const db = await freshDb('bench-import');
    const records = new Records(db, await loadDeviceClock(db));
    const t0 = performance.now();
    const parsed = parseCsv(csv);
    const tParsed = performance.now();
    const result = validateRows(parsed.rows, guessMapping(parsed.headers), []);
    const tValid = performance.now();
    const at = new Date().toISOString();
    // Every valid row, possible duplicates included (the "import them anyway" choice), so
    // both sides write the same number of records.
    imported = await records.bulkSave(
      'partners',
      [...result.ok, ...result.duplicates].map((r) => ({ ...r.fields, step: 'in_bank' as const, history: [{ at, to: 'in_bank' as const }], archived: false })),
      { validated: true },
    );
    errors = result.errors.length;
    const ms = performance.now() - t0;
    phases = `parse ${round(tParsed - t0)} ms, validate ${round(tValid - tParsed)} ms, stamp+store ${round(ms - (tValid - t0))} ms`;
    db.close();
    return ms;
  };
  // Alternate the two so neither gets a warmer disk or heap.
  const rawMs: number[] = [];
  const appMs: number[] = [];
  for (let i = 0; i < 3; i++) {
    rawMs.push(await raw());
    appMs.push(await app());
  }
  const ratio = median(appMs) / median(rawMs);
  return {
    name: `CSV import of ${partners.length.toLocaleString('en')} rows (parse, validate, stamp, store)`,
    medianMs: round(median(appMs)),
    baselineName: 'raw Dexie bulkPut of the same records',
    baselineMedianMs: round(median(rawMs)),
    target: '≤ 1.5× baseline',
    met: ratio <= 1.5,
    notes: `ratio ${round(ratio)}×; ${imported} rows written, ${errors} rows refused; last run: ${phases}; 3 alternating runs each`,
  };
}

const run = async (partnersCount: number, contactsPerPartner: number): Promise<BenchRow[]> => {
  const demo = generateDemo({ seed: 11, partners: partnersCount, contactsPerPartner, requests: 40, today: TODAY });
  const derived = deriveContactFieldsByPartner(demo.contacts);
  const partners = demo.partners.map((p) => ({ ...p, ...derived.get(p.id) }));
  const loads = computeLoads(demo.mandates, demo.candidacies, TODAY);
  const rows: BenchRow[] = [await searchBench(partners, loads)];
  rows.push(
    await profileBench(partners, demo.contacts.length + 200, async (db) => {
      await db.partners.bulkPut(partners);
      await db.contacts.bulkPut(demo.contacts);
      const target = partners[0] as Partner;
      const base = demo.contacts[0];
      if (!base) throw new Error('no contacts');
      await db.contacts.bulkPut(
        Array.from({ length: 200 }, (_, i) => ({
          ...base,
          id: `BENCHCONTACT${String(i).padStart(14, '0')}`,
          partnerId: `${target.id}-200`,
          date: `2025-${String((i % 12) + 1).padStart(2, '0')}-10`,
        })),
      );
      await db.partners.put({ ...target, id: `${target.id}-200` });
      return `${target.id}-200`;
    }),
  );
  rows.push(await importBench(partners));
  rows.push(await mergeBench(partners));
  return rows;
};

(window as unknown as { relaisBench: typeof run }).relaisBench = run;
