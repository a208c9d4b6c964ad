import { z } from 'zod';
import { IsoDate, RecordBase } from './base';
import { Journal } from './journal';

const text = (max: number) => z.string().trim().max(max);

/** The kinds of committee (instance) an establishment runs; user safety is the office's first aim. */
export const CommitteeType = z.enum(['governance', 'user_safety', 'quality', 'clinical', 'users_committee', 'other']);
export type CommitteeType = z.infer<typeof CommitteeType>;

export const CommitteeFields = z.object({
  name: text(200).min(1),
  type: CommitteeType,
  directorate: text(200).optional(),
  /** Seats the committee keeps for partner users. */
  seats: z.number().int().min(0).max(50),
  frequency: text(200).optional(),
  notes: text(5000).optional(),
});
export type CommitteeFields = z.infer<typeof CommitteeFields>;

export const Committee = RecordBase.extend(CommitteeFields.shape).extend({ journal: Journal });
export type Committee = z.infer<typeof Committee>;

/** A partner's seat on a committee for one term. An ended term stays as history. */
export const CommitteeMember = RecordBase.extend({
  committeeId: z.string().min(1).max(40),
  partnerId: z.string().min(1).max(40),
  termStart: IsoDate,
  termEnd: IsoDate.optional(),
  /** Set when the seat was left before the term's end (resignation, health). */
  leftOn: IsoDate.optional(),
  notes: text(2000).optional(),
});
export type CommitteeMember = z.infer<typeof CommitteeMember>;

export const CommitteeMeeting = RecordBase.extend({
  committeeId: z.string().min(1).max(40),
  date: IsoDate,
  /** Partners from the bank who attended. */
  attendeeIds: z.array(z.string().min(1).max(40)).max(200).default([]),
  notes: text(3000).optional(),
});
export type CommitteeMeeting = z.infer<typeof CommitteeMeeting>;
