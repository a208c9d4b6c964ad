import { z } from 'zod';
import { IsoInstant } from './base';

/**
 * The memory a successor inherits: dated notes typed by the coordinator and the events the
 * app records by itself (a seat filled, a term ended, a meeting held). Events carry a code
 * and are worded on screen in the reader's language; notes are kept as typed.
 */
export const JournalEventCode = z.enum([
  'created',
  'edited',
  'member_added',
  'member_ended',
  'member_removed',
  'meeting_added',
  'candidate_added',
  'questions_changed',
]);
export type JournalEventCode = z.infer<typeof JournalEventCode>;

export const JournalEntry = z.object({
  at: IsoInstant,
  event: JournalEventCode.optional(),
  /** A note typed by the coordinator, or the event's detail (a name, a date). */
  text: z.string().trim().max(2000).optional(),
  by: z.string().trim().max(120).optional(),
});
export type JournalEntry = z.infer<typeof JournalEntry>;

export const Journal = z.array(JournalEntry).max(2000).default([]);
