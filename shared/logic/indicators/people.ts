import type { IsoDate } from '../../model/base';
import type { Language, Level, PipelineStep } from '../../model/enums';
import { spokenLanguages } from '../../model/partner';
import { addDays, instantDate } from '../dates';
import type { CommitteeMemberInput, MandateInput, PartnerInput } from './inputs';
import { asOfDate, daysBetween, median, overlaps, type Period } from './period';

/** Steps in which a person counts as "in the bank": trained and available, or on a mandate. */
export const BANK_STEPS: readonly PipelineStep[] = ['in_bank', 'active'];

/** The steps a newcomer goes through before the bank, whose durations show where people wait. */
export const ENTRY_STEPS: readonly PipelineStep[] = ['interest', 'first_contact', 'screening', 'preselected', 'trained'];

export interface BreakdownRow {
  /** A level, sector id, language code or community name ('' when not given). */
  key: string;
  bank: number;
  active: number;
}

export interface BankIndicators {
  /** People whose pipeline step on the as-of day is in the bank or active. */
  inBank: number;
  /** People with a mandate or committee seat during the period. */
  active: number;
  byLevel: BreakdownRow[];
  bySector: BreakdownRow[];
  byLanguage: BreakdownRow[];
  byCommunity: BreakdownRow[];
}

export interface StepFlow {
  step: PipelineStep;
  /** Distinct people who entered the step during the period. */
  entered: number;
  /** Median days spent in the step, for people who left it during the period (null: nobody left). */
  medianDays: number | null;
  /** How many stays the median is over. */
  left: number;
}

/**
 * Instants compare as strings with a day bound: an ISO instant is on or before day D exactly
 * when it sorts before the next day's date (its first ten characters are its date). This
 * reads 20,000 histories without allocating a string per event.
 */
const dayAfter = (day: IsoDate): string => addDays(day, 1);

/**
 * The person's pipeline step on a day: the latest history event on or before it, whatever
 * the order the events were stored in; a record with no history is taken to have been at
 * its current step since it was created.
 */
const stepBefore = (p: PartnerInput, bound: string): PipelineStep | undefined => {
  if (p.history.length === 0) return p.createdAt < bound ? p.step : undefined;
  let at = '';
  let step: PipelineStep | undefined;
  for (const e of p.history) {
    if (e.at < bound && e.at >= at) {
      at = e.at;
      step = e.to;
    }
  }
  return step;
};

export const stepOn = (p: PartnerInput, day: IsoDate): PipelineStep | undefined => stepBefore(p, dayAfter(day));

/** In the bank on the day whose following day is `bound` (see dayAfter). */
export const inBankBefore = (p: PartnerInput, bound: string): boolean => {
  const s = stepBefore(p, bound);
  return s === 'in_bank' || s === 'active';
};

/**
 * Who is in the bank on a day, one flag per partner (by position). Reading 20,000 histories
 * is the costly part of the indicators, so the bank and load figures share one reading.
 */
export const bankFlags = (partners: readonly PartnerInput[], asOf: IsoDate): Uint8Array => {
  const bound = dayAfter(asOf);
  const flags = new Uint8Array(partners.length);
  for (let i = 0; i < partners.length; i++) {
    const p = partners[i] as PartnerInput;
    if (!p.deleted && inBankBefore(p, bound)) flags[i] = 1;
  }
  return flags;
};

const inOrder = (h: PartnerInput['history']): PartnerInput['history'] => {
  for (let i = 1; i < h.length; i++)
    if ((h[i] as { at: string }).at < (h[i - 1] as { at: string }).at) return [...h].sort((x, y) => (x.at < y.at ? -1 : x.at > y.at ? 1 : 0));
  return h;
};

const counts = (p: Period): boolean => p.from <= p.to;

/** Partners active in the period: a mandate (not cancelled) or a committee seat that overlaps it. */
export const activePartnerIds = (mandates: readonly MandateInput[], members: readonly CommitteeMemberInput[] | undefined, period: Period): Set<string> => {
  const out = new Set<string>();
  for (const m of mandates) {
    if (m.deleted || m.status === 'cancelled') continue;
    const start = m.startDate ?? instantDate(m.createdAt);
    const end = m.endDate ?? (m.status === 'ended' ? instantDate(m.updatedAt) : undefined);
    if (overlaps(start, end, period)) out.add(m.partnerId);
  }
  for (const s of members ?? []) {
    if (s.deleted) continue;
    const end = s.leftOn !== undefined && (s.termEnd === undefined || s.leftOn < s.termEnd) ? s.leftOn : s.termEnd;
    if (overlaps(s.termStart, end, period)) out.add(s.partnerId);
  }
  return out;
};

const addRow = (rows: Map<string, BreakdownRow>, key: string, bank: boolean, active: boolean): void => {
  let r = rows.get(key);
  if (!r) rows.set(key, (r = { key, bank: 0, active: 0 }));
  if (bank) r.bank++;
  if (active) r.active++;
};

const distinct = <T>(xs: readonly T[]): readonly T[] => (xs.length < 2 ? xs : [...new Set(xs)]);

const byBankDesc = (a: BreakdownRow, b: BreakdownRow): number => b.bank - a.bank || b.active - a.active || (a.key < b.key ? -1 : 1);

const LEVEL_ORDER: readonly Level[] = ['clinical', 'tactical', 'strategic'];
const LANGUAGE_ORDER: readonly Language[] = ['fr', 'en', 'cr', 'iu', 'other'];

export const bankIndicators = (
  partners: readonly PartnerInput[],
  mandates: readonly MandateInput[],
  members: readonly CommitteeMemberInput[] | undefined,
  period: Period,
  today: IsoDate,
  flags: Uint8Array = bankFlags(partners, asOfDate(period, today)),
): BankIndicators => {
  const activeIds = counts(period) ? activePartnerIds(mandates, members, period) : new Set<string>();
  const level = new Map<string, BreakdownRow>(LEVEL_ORDER.map((k) => [k, { key: k, bank: 0, active: 0 }]));
  const language = new Map<string, BreakdownRow>(LANGUAGE_ORDER.map((k) => [k, { key: k, bank: 0, active: 0 }]));
  const sector = new Map<string, BreakdownRow>();
  const community = new Map<string, BreakdownRow>();
  let inBank = 0;
  let active = 0;
  for (let i = 0; i < partners.length; i++) {
    const p = partners[i] as PartnerInput;
    if (p.deleted) continue;
    const isBank = flags[i] === 1;
    const isActive = activeIds.size > 0 && activeIds.has(p.id);
    if (!isBank && !isActive) continue;
    if (isBank) inBank++;
    if (isActive) active++;
    for (const l of distinct(p.levels)) addRow(level, l, isBank, isActive);
    for (const s of distinct(p.sectors)) addRow(sector, s, isBank, isActive);
    for (const l of spokenLanguages(p)) addRow(language, l, isBank, isActive);
    addRow(community, (p.community ?? '').trim(), isBank, isActive);
  }
  return {
    inBank,
    active,
    byLevel: [...level.values()],
    bySector: [...sector.values()].sort(byBankDesc),
    byLanguage: [...language.values()],
    byCommunity: [...community.values()].sort(byBankDesc),
  };
};

/**
 * Entries into each pipeline step during the period, and how long people stayed in the
 * steps before the bank: a stay runs from the event that entered the step to the next
 * event, and counts in the period in which it ended.
 */
export interface HistoryScan {
  /** In the bank on the as-of day, by partner position. */
  flags: Uint8Array;
  entered: Map<PipelineStep, Set<string>>;
  stays: Map<PipelineStep, number[]>;
}

/**
 * One reading of every history for a period: who is in the bank on the as-of day, who
 * entered each step, and how long the stays that ended in the period lasted. Touching
 * 20,000 histories is what costs; doing it once serves the bank, pipeline and load figures.
 */
export const scanHistories = (partners: readonly PartnerInput[], period: Period, asOf: IsoDate): HistoryScan => {
  const flags = new Uint8Array(partners.length);
  const entered = new Map<PipelineStep, Set<string>>();
  const stays = new Map<PipelineStep, number[]>();
  const bound = dayAfter(asOf);
  const to = dayAfter(period.to);
  const within = (at: string) => at >= period.from && at < to;
  for (let k = 0; k < partners.length; k++) {
    const p = partners[k] as PartnerInput;
    if (p.deleted) continue;
    if (p.history.length === 0) {
      if (p.createdAt < bound && (p.step === 'in_bank' || p.step === 'active')) flags[k] = 1;
      continue;
    }
    const h = inOrder(p.history);
    let current: PipelineStep | undefined;
    for (let i = 0; i < h.length; i++) {
      const e = h[i] as PartnerInput['history'][number];
      if (e.at < bound) current = e.to;
      if (within(e.at)) {
        let s = entered.get(e.to);
        if (!s) entered.set(e.to, (s = new Set()));
        s.add(p.id);
      }
      const next = h[i + 1];
      if (next !== undefined && within(next.at) && ENTRY_STEPS.includes(e.to)) {
        let d = stays.get(e.to);
        if (!d) stays.set(e.to, (d = []));
        d.push(Math.max(0, daysBetween(instantDate(e.at), instantDate(next.at))));
      }
    }
    if (current === 'in_bank' || current === 'active') flags[k] = 1;
  }
  return { flags, entered, stays };
};

export const pipelineIndicators = (partners: readonly PartnerInput[], period: Period): StepFlow[] => pipelineFrom(scanHistories(partners, period, period.to));

export const pipelineFrom = ({ entered, stays }: HistoryScan): StepFlow[] => {
  const steps: PipelineStep[] = [...ENTRY_STEPS, 'in_bank', 'active', 'inactive', 'withdrawn'];
  return steps.map((step) => {
    const d = stays.get(step) ?? [];
    return {
      step,
      entered: entered.get(step)?.size ?? 0,
      medianDays: ENTRY_STEPS.includes(step) ? median(d) : null,
      left: ENTRY_STEPS.includes(step) ? d.length : 0,
    };
  });
};
