import { z } from 'zod';
import { IsoDate, RecordBase } from './base';
import { Language } from './enums';
import { Journal } from './journal';

const text = (max: number) => z.string().trim().max(max);

/** Who a session is for: trainings by audience, or sessions that inform and recruit. */
export const SessionKind = z.enum(['partners', 'staff', 'managers', 'new_employees', 'information', 'recruitment']);
export type SessionKind = z.infer<typeof SessionKind>;

/** Sessions whose newcomers enter the bank's pipeline linked to the session. */
export const RECRUITING_SESSIONS: readonly SessionKind[] = ['information', 'recruitment'];

export const SessionFields = z.object({
  kind: SessionKind,
  title: text(200).min(1),
  date: IsoDate,
  place: text(300).optional(),
  videoLink: z.union([z.literal(''), z.string().trim().url().max(500)]).optional(),
  language: Language.default('fr'),
  facilitator: text(200).optional(),
  /** People not in the bank (staff, managers, the public), counted rather than named. */
  otherAttendees: z.number().int().min(0).max(100000).default(0),
  notes: text(5000).optional(),
});
export type SessionFields = z.infer<typeof SessionFields>;

export const TrainingSession = RecordBase.extend(SessionFields.shape).extend({
  /** Partners from the bank who attended, by record id. */
  attendeeIds: z.array(z.string().min(1).max(40)).max(2000).default([]),
  journal: Journal,
});
export type TrainingSession = z.infer<typeof TrainingSession>;

/** A meeting of the partners' community of practice. */
export const CopMeeting = RecordBase.extend({
  date: IsoDate,
  themes: z.array(text(200).min(1)).max(30).default([]),
  place: text(300).optional(),
  attendeeIds: z.array(z.string().min(1).max(40)).max(2000).default([]),
  notes: text(5000).optional(),
  journal: Journal,
});
export type CopMeeting = z.infer<typeof CopMeeting>;
