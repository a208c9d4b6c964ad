import Papa from 'papaparse';
import type { Partner } from '../model/partner';
import type { Mandate, PartnerRequest } from '../model/request';
import { officeOf } from '../sync/office';

/**
 * The central office's roll-up, per office and for all offices: people in the bank and
 * active (by level, sector, language, community and region), requests received and
 * filled, mandates, and how fresh each office's data is. Pure, so the indicators module
 * can reuse it and tests can fix the clock.
 */
export interface RollupInput {
  partners: readonly Partner[];
  requests: readonly PartnerRequest[];
  mandates: readonly Mandate[];
  /** Each known device's office (from the device registry). */
  deviceOffice: ReadonlyMap<string, string>;
  /** When each office's latest bundle was made. */
  lastBundleAt: ReadonlyMap<string, string>;
  /** The health region of an office (its establishment), or '' when unknown. */
  regionOf: (office: string) => string;
  now: Date;
}

export type Tally = Record<string, { inBank: number; active: number }>;

export interface OfficeFigures {
  office: string;
  region: string;
  inBank: number;
  active: number;
  byLevel: Tally;
  bySector: Tally;
  byLanguage: Tally;
  byCommunity: Tally;
  requestsReceived: number;
  requestsFilled: number;
  mandatesActive: number;
  mandatesTotal: number;
  lastBundleAt: string | null;
  /** Whole days since the latest bundle; null when none came. */
  daysSinceBundle: number | null;
}

export interface Rollup {
  offices: OfficeFigures[];
  all: OfficeFigures;
  byRegion: Tally;
}

/** Trained people kept in the bank, and those on a mandate now. */
const IN_BANK = new Set(['in_bank', 'active']);
const FILLED = new Set(['filled', 'in_progress']);
export const UNKNOWN_OFFICE = '';
const DAY = 86_400_000;

const empty = (office: string, region: string): OfficeFigures => ({
  office,
  region,
  inBank: 0,
  active: 0,
  byLevel: {},
  bySector: {},
  byLanguage: {},
  byCommunity: {},
  requestsReceived: 0,
  requestsFilled: 0,
  mandatesActive: 0,
  mandatesTotal: 0,
  lastBundleAt: null,
  daysSinceBundle: null,
});

const bump = (t: Tally, key: string, active: boolean) => {
  const row = (t[key] ??= { inBank: 0, active: 0 });
  row.inBank++;
  if (active) row.active++;
};

export const rollup = (input: RollupInput): Rollup => {
  const offices = new Map<string, OfficeFigures>();
  const all = empty('*', '');
  const byRegion: Tally = {};
  const figuresOf = (office: string) => {
    let f = offices.get(office);
    if (!f) offices.set(office, (f = empty(office, input.regionOf(office))));
    return f;
  };
  for (const p of input.partners) {
    if (p.deleted || !IN_BANK.has(p.step)) continue;
    const active = p.step === 'active';
    const f = figuresOf(officeOf(p, input.deviceOffice) ?? UNKNOWN_OFFICE);
    for (const target of [f, all]) {
      target.inBank++;
      if (active) target.active++;
      for (const l of p.levels) bump(target.byLevel, l, active);
      for (const s of p.sectors) bump(target.bySector, s, active);
      bump(target.byLanguage, p.language, active);
      bump(target.byCommunity, p.community?.trim() || '—', active);
    }
    bump(byRegion, f.region || '—', active);
  }
  for (const r of input.requests) {
    if (r.deleted) continue;
    const f = figuresOf(officeOf(r, input.deviceOffice) ?? UNKNOWN_OFFICE);
    const filled = FILLED.has(r.status) || r.statusHistory.some((e) => e.to === 'filled');
    for (const target of [f, all]) {
      target.requestsReceived++;
      if (filled) target.requestsFilled++;
    }
  }
  for (const m of input.mandates) {
    if (m.deleted) continue;
    const f = figuresOf(officeOf(m, input.deviceOffice) ?? UNKNOWN_OFFICE);
    for (const target of [f, all]) {
      target.mandatesTotal++;
      if (m.status === 'active') target.mandatesActive++;
    }
  }
  for (const [office, at] of input.lastBundleAt) {
    const f = figuresOf(office);
    f.lastBundleAt = at;
    f.daysSinceBundle = Math.max(0, Math.floor((input.now.getTime() - Date.parse(at)) / DAY));
    if (!all.lastBundleAt || at > all.lastBundleAt) all.lastBundleAt = at;
  }
  if (all.lastBundleAt) all.daysSinceBundle = Math.max(0, Math.floor((input.now.getTime() - Date.parse(all.lastBundleAt)) / DAY));
  return { offices: [...offices.values()].sort((a, b) => a.office.localeCompare(b.office, 'fr')), all, byRegion };
};

/** One table as CSV (RFC 4180 through papaparse), headers given in the reader's language. */
export const tableToCsv = (headers: readonly string[], rows: readonly (readonly (string | number)[])[]): string =>
  Papa.unparse({ fields: [...headers], data: rows.map((r) => [...r]) }, { newline: '\r\n' });
