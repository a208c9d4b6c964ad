import Papa from 'papaparse';
import type { IsoDate } from '../model/base';
import {
  combineIndicators,
  computeIndicators,
  indicatorsByOffice,
  mandateIndicators,
  poolInputs,
  splitByOffice,
  sumMandates,
  type IndicatorInputs,
  type Indicators,
  type MandateIndicators,
  type MergedRecords,
  type Period,
} from './indicators';

/**
 * The central office's roll-up, per office and for all offices. Every figure is an
 * indicator of `shared/logic/indicators` (the office's Indicators screen and its annual
 * report read the same ones), computed on each office's share of the merged records; this
 * module only adds what is the central office's own: the office's region, and how fresh
 * its data is. Pure, so tests can fix the clock.
 */
export interface RollupInput {
  records: MergedRecords;
  /** Each known device's office (from the device registry). */
  deviceOffice: ReadonlyMap<string, string>;
  /** When each office's latest bundle was made. */
  lastBundleAt: ReadonlyMap<string, string>;
  /** The health region of an office (its establishment), or '' when unknown. */
  regionOf: (office: string) => string;
  /** Each office's over-solicitation thresholds (its own settings, as its bundles carry them). */
  settingsOf: (office: string) => IndicatorInputs['settings'];
  period: Period;
  /** The reader's day (stock figures of a period not over are read on it). */
  today: IsoDate;
  /** The instant freshness is measured from. */
  now: Date;
}

export type Tally = Record<string, { inBank: number; active: number }>;

export interface OfficeFigures {
  /** The office's establishment; '' for records of devices not known here; '*' for all offices. */
  office: string;
  region: string;
  indicators: Indicators;
  mandates: MandateIndicators;
  lastBundleAt: string | null;
  /** Whole days since the latest bundle; null when none came. */
  daysSinceBundle: number | null;
}

export interface Rollup {
  offices: OfficeFigures[];
  /** The "all offices" column: counts add up the offices' columns; medians and shares are over every record together. */
  all: OfficeFigures;
  /** People in the bank and active, by the health region of their office. */
  byRegion: Tally;
}

export const UNKNOWN_OFFICE = '';
export const ALL_OFFICES = '*';
const DAY = 86_400_000;

const daysSince = (at: string | null, now: Date): number | null => (at === null ? null : Math.max(0, Math.floor((now.getTime() - Date.parse(at)) / DAY)));

export const rollup = (input: RollupInput): Rollup => {
  const split = splitByOffice(input.records, input.deviceOffice, input.settingsOf, UNKNOWN_OFFICE);
  // An office heard from whose records all belong elsewhere (or that sent none) still gets its column.
  for (const office of input.lastBundleAt.keys())
    if (!split.has(office)) split.set(office, { partners: [], requests: [], mandates: [], candidacies: [], settings: input.settingsOf(office) });
  const rows = indicatorsByOffice(
    [...split].map(([establishment, inputs]) => {
      const at = input.lastBundleAt.get(establishment);
      return { establishment, inputs, ...(at !== undefined ? { lastDataAt: at } : {}) };
    }),
    input.period,
    input.today,
  );
  const offices: OfficeFigures[] = rows.map((r) => {
    const at = r.lastDataAt ?? null;
    return {
      office: r.establishment,
      region: r.establishment === UNKNOWN_OFFICE ? '' : input.regionOf(r.establishment),
      indicators: r.indicators,
      mandates: mandateIndicators(split.get(r.establishment)?.mandates ?? [], input.period),
      lastBundleAt: at,
      daysSinceBundle: daysSince(at, input.now),
    };
  });
  const pooled = computeIndicators(poolInputs([...split.values()], input.settingsOf(ALL_OFFICES)), input.period, input.today);
  const latest = offices.reduce<string | null>((m, o) => (o.lastBundleAt !== null && (m === null || o.lastBundleAt > m) ? o.lastBundleAt : m), null);
  const all: OfficeFigures = {
    office: ALL_OFFICES,
    region: '',
    indicators: combineIndicators(
      offices.map((o) => o.indicators),
      pooled,
    ),
    mandates: sumMandates(offices.map((o) => o.mandates)),
    lastBundleAt: latest,
    daysSinceBundle: daysSince(latest, input.now),
  };
  const byRegion: Tally = {};
  for (const o of offices) {
    const row = (byRegion[o.region || '—'] ??= { inBank: 0, active: 0 });
    row.inBank += o.indicators.bank.inBank;
    row.active += o.indicators.bank.active;
  }
  return { offices, all, byRegion };
};

/** One table as CSV (RFC 4180 through papaparse), headers given in the reader's language. */
export const tableToCsv = (headers: readonly string[], rows: readonly (readonly (string | number)[])[]): string =>
  Papa.unparse({ fields: [...headers], data: rows.map((r) => [...r]) }, { newline: '\r\n' });
