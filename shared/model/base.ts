import { z } from 'zod';

/**
 * A real calendar day: the pattern alone would let 2026-02-31 through. Arithmetic rather
 * than a Date round trip: every record's dates pass here on each export (≈ 200,000 in a
 * full bundle) and building two Dates each was a quarter of the validation time. Same
 * answers as the round trip (proleptic Gregorian, year 0000 a leap year), tested day by day.
 */
const isRealDay = (s: string): boolean => {
  const y = Number(s.slice(0, 4));
  const m = Number(s.slice(5, 7));
  const d = Number(s.slice(8, 10));
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  const days = m === 2 ? (leap ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
  return m >= 1 && m <= 12 && d >= 1 && d <= days;
};
/** ISO calendar date (YYYY-MM-DD), the form every date without a time takes in Relais. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'date')
  .refine(isRealDay, 'date');
export type IsoDate = z.infer<typeof IsoDate>;

/** ISO instant with time zone, as produced by Date.prototype.toISOString. */
export const IsoInstant = z.string().datetime({ offset: true });

/**
 * Fields every stored record carries, so that sync can be added without a migration:
 * a sortable unique id (ULID), times, the device that last changed it, a hybrid logical
 * clock stamp that orders changes across devices, and a tombstone flag.
 */
export const RecordBase = z.object({
  id: z.string().min(10).max(40),
  createdAt: IsoInstant,
  updatedAt: IsoInstant,
  deviceId: z.string().min(4).max(64),
  stamp: z.string().min(10).max(120),
  deleted: z.literal(1).optional(),
  /**
   * Version vector (bundle format 1.4): for each device that changed this record, the
   * stamp of its latest change in this version's history. It says which versions this
   * one replaced, so a merge can tell an update from a conflict (see shared/sync/merge.ts).
   * Absent on records written before 1.4: read as { [deviceId]: stamp }.
   */
  vv: z
    .record(z.string().min(4).max(64), z.string().min(10).max(120))
    .refine((v) => Object.keys(v).length <= 64, 'too many devices')
    .optional(),
});
export type RecordBase = z.infer<typeof RecordBase>;

/** The record minus the bookkeeping fields, i.e. what a form produces. */
export type Draft<T extends RecordBase> = Omit<T, keyof RecordBase>;
