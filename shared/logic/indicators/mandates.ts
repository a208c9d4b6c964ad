import type { IsoDate } from '../../model/base';
import { instantDate } from '../dates';
import type { MandateInput } from './inputs';
import { inPeriod, overlaps, type Period } from './period';

export interface MandateIndicators {
  /** Mandates (not cancelled) running at some point of the period. */
  running: number;
  /** Mandates (not cancelled) that started in the period. */
  started: number;
}

/** When a mandate starts and ends: the same reading as "active people" (people.ts). */
export const mandateSpan = (m: MandateInput): { start: IsoDate; end: IsoDate | undefined } => ({
  start: m.startDate ?? instantDate(m.createdAt),
  end: m.endDate ?? (m.status === 'ended' ? instantDate(m.updatedAt) : undefined),
});

/**
 * Mandates over a period, read like the active people: a mandate runs from its start date
 * (or its creation) to its end date (or the day it was ended), and a cancelled one never counts.
 */
export const mandateIndicators = (mandates: readonly MandateInput[], period: Period): MandateIndicators => {
  let running = 0;
  let started = 0;
  for (const m of mandates) {
    if (m.deleted || m.status === 'cancelled') continue;
    const { start, end } = mandateSpan(m);
    if (overlaps(start, end, period)) running++;
    if (inPeriod(start, period)) started++;
  }
  return { running, started };
};
