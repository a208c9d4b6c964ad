import type { IsoDate } from '../../model/base';
import type { CommitteeInput, CommitteeMemberInput, SessionInput, SurveyInstrumentInput, SurveyResponseInput } from './inputs';
import { asOfDate, inPeriod, type Period } from './period';

/** `null` stands for "no data yet": the feature's records were not given (not the same as zero). */
export interface CommitteeIndicators {
  committees: number;
  /** Committees with at least one partner seat held on the as-of day. */
  covered: number;
  userSafety: number;
  userSafetyCovered: number;
  seats: number;
  seatsFilled: number;
}

const USER_SAFETY = 'user_safety';

const seatHeldOn = (s: CommitteeMemberInput, day: IsoDate): boolean => {
  if (s.deleted || s.termStart > day) return false;
  if (s.termEnd !== undefined && s.termEnd < day) return false;
  return s.leftOn === undefined || s.leftOn > day;
};

export const committeeIndicators = (
  committees: readonly CommitteeInput[] | undefined,
  members: readonly CommitteeMemberInput[] | undefined,
  period: Period,
  today: IsoDate,
): CommitteeIndicators | null => {
  if (committees === undefined) return null;
  const asOf = asOfDate(period, today);
  const held = new Map<string, number>();
  for (const s of members ?? []) if (seatHeldOn(s, asOf)) held.set(s.committeeId, (held.get(s.committeeId) ?? 0) + 1);
  const out: CommitteeIndicators = { committees: 0, covered: 0, userSafety: 0, userSafetyCovered: 0, seats: 0, seatsFilled: 0 };
  for (const c of committees) {
    if (c.deleted) continue;
    const filled = held.get(c.id) ?? 0;
    out.committees++;
    out.seats += c.seats;
    // A member beyond the seats kept for partners still sits, but the open-seat count stays honest.
    out.seatsFilled += Math.min(filled, c.seats);
    if (filled > 0) out.covered++;
    if (c.type === USER_SAFETY) {
      out.userSafety++;
      if (filled > 0) out.userSafetyCovered++;
    }
  }
  return out;
};

export const TRAINING_KINDS = ['partners', 'staff', 'managers', 'new_employees'] as const;
export const INFO_KINDS = ['information', 'recruitment'] as const;

export interface SessionRow {
  kind: string;
  sessions: number;
  attendance: number;
}

export interface TrainingIndicators {
  trainings: number;
  trainingAttendance: number;
  infoSessions: number;
  infoAttendance: number;
  byKind: SessionRow[];
}

/** Sessions held in the period and how many attended (partners from the bank plus others counted). */
export const trainingIndicators = (sessions: readonly SessionInput[] | undefined, period: Period): TrainingIndicators | null => {
  if (sessions === undefined) return null;
  const rows = new Map<string, SessionRow>([...TRAINING_KINDS, ...INFO_KINDS].map((k) => [k, { kind: k, sessions: 0, attendance: 0 }]));
  for (const s of sessions) {
    if (s.deleted || !inPeriod(s.date, period)) continue;
    let r = rows.get(s.kind);
    if (!r) rows.set(s.kind, (r = { kind: s.kind, sessions: 0, attendance: 0 }));
    r.sessions++;
    r.attendance += new Set(s.attendeeIds).size + s.otherAttendees;
  }
  const byKind = [...rows.values()];
  const total = (kinds: readonly string[], k: 'sessions' | 'attendance') => byKind.filter((r) => kinds.includes(r.kind)).reduce((n, r) => n + r[k], 0);
  return {
    trainings: total(TRAINING_KINDS, 'sessions'),
    trainingAttendance: total(TRAINING_KINDS, 'attendance'),
    infoSessions: total(INFO_KINDS, 'sessions'),
    infoAttendance: total(INFO_KINDS, 'attendance'),
    byKind,
  };
};

export interface SurveyRow {
  instrumentId: string;
  title: { fr: string; en: string };
  responses: number;
  /** Scale answers given, over every scale question. */
  scaleAnswers: number;
  /** Share (0–100, rounded) of scale answers in the top two points of their scale; null when none. */
  favourable: number | null;
}

export interface SurveyIndicators {
  responses: number;
  favourable: number | null;
  byInstrument: SurveyRow[];
}

/**
 * Survey responses dated in the period. "Favourable" is the share of scale answers in the
 * top two points of their scale (4 or 5 out of 5): one figure that reads the same whatever
 * the scale's length.
 */
export const surveyIndicators = (
  instruments: readonly SurveyInstrumentInput[] | undefined,
  responses: readonly SurveyResponseInput[] | undefined,
  period: Period,
): SurveyIndicators | null => {
  if (instruments === undefined || responses === undefined) return null;
  const scaleMax = new Map<string, Map<string, number>>();
  const rows = new Map<string, SurveyRow & { top: number }>();
  for (const i of instruments) {
    if (i.deleted) continue;
    scaleMax.set(i.id, new Map(i.questions.filter((q) => q.kind === 'scale').map((q) => [q.id, q.scaleMax ?? 5])));
    rows.set(i.id, { instrumentId: i.id, title: i.title, responses: 0, scaleAnswers: 0, favourable: null, top: 0 });
  }
  let total = 0;
  let allAnswers = 0;
  let allTop = 0;
  for (const r of responses) {
    if (r.deleted || !inPeriod(r.date, period)) continue;
    const row = rows.get(r.instrumentId);
    const scales = scaleMax.get(r.instrumentId);
    if (!row || !scales) continue;
    total++;
    row.responses++;
    for (const [q, max] of scales) {
      const a = r.answers[q];
      if (typeof a !== 'number' || a < 1) continue;
      row.scaleAnswers++;
      allAnswers++;
      if (a >= max - 1) {
        row.top++;
        allTop++;
      }
    }
  }
  const pct = (top: number, n: number): number | null => (n === 0 ? null : Math.round((100 * top) / n));
  const byInstrument = [...rows.values()].map(({ top, ...row }) => ({ ...row, favourable: pct(top, row.scaleAnswers) }));
  return { responses: total, favourable: pct(allTop, allAnswers), byInstrument };
};
