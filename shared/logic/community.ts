/** Community of practice and session figures. */
import type { CopMeeting, IsoDate, TrainingSession } from '../model';
import { addMonths } from './dates';

export interface CommunityYear {
  /** Meetings held in the 12 months up to today (today included). */
  meetings: number;
  /** Distinct partners who attended at least `minMeetings` of them. */
  activeMembers: number;
}

/**
 * Active members of the community of practice over the year: a partner is active when
 * she attended at least `minMeetings` meetings in the 12 months up to today. Meetings
 * planned after today do not count.
 */
export const communityYear = (meetings: readonly Pick<CopMeeting, 'date' | 'attendeeIds' | 'deleted'>[], today: IsoDate, minMeetings = 1): CommunityYear => {
  const from = addMonths(today, -12);
  const seen = new Map<string, number>();
  let held = 0;
  for (const m of meetings) {
    if (m.deleted || m.date <= from || m.date > today) continue;
    held++;
    for (const id of new Set(m.attendeeIds)) seen.set(id, (seen.get(id) ?? 0) + 1);
  }
  let active = 0;
  for (const n of seen.values()) if (n >= minMeetings) active++;
  return { meetings: held, activeMembers: active };
};

/** Everyone a session reached: partners by name plus the people counted. */
export const sessionAttendance = (s: Pick<TrainingSession, 'attendeeIds' | 'otherAttendees'>): number => new Set(s.attendeeIds).size + s.otherAttendees;
