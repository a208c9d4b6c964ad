import { builtInInstruments } from '../../../../shared/logic/instruments';
import { cleanAnswers } from '../../../../shared/logic/surveys';
import type { IsoDate } from '../../../../shared/model/base';
import { AccompanimentStepId } from '../../../../shared/model/enums';
import type { Answer, AnswerMode, InstrumentFields, SurveyInstrument } from '../../../../shared/model/survey';
import { getServices } from '../../db/services';
import type { SurveyAbout } from '../../store/ui';

let seeding: Promise<void> | null = null;

/**
 * Writes the built-in instruments the first time surveys are opened. Their ids are
 * fixed, so a second laptop seeding them writes the same records and sync keeps one copy.
 */
export const ensureBuiltIns = (): Promise<void> => {
  seeding ??= (async () => {
    const { db, records } = getServices();
    for (const b of builtInInstruments()) {
      if (await db.instruments.get(b.id)) continue;
      await records.save('instruments', { ...b, journal: [{ at: new Date().toISOString(), event: 'created' }] });
    }
  })().catch((err: unknown) => {
    seeding = null;
    throw err;
  });
  return seeding;
};

export const saveInstrument = async (fields: InstrumentFields, id?: string): Promise<string> => {
  const { db, records } = getServices();
  const previous = id ? await db.instruments.get(id) : undefined;
  const saved = await records.save('instruments', {
    ...fields,
    id,
    builtIn: previous?.builtIn,
    journal: [...(previous?.journal ?? []), { at: new Date().toISOString(), event: previous ? ('questions_changed' as const) : ('created' as const) }],
  });
  return saved.id;
};

/**
 * Records one person's answers. What they are about comes from the address (a mandate's
 * survey step, a session); a team's answers are never tied to the partner.
 */
export const saveResponse = async (
  instrument: SurveyInstrument,
  answers: Record<string, Answer>,
  meta: { date: IsoDate; mode: AnswerMode; about?: SurveyAbout },
): Promise<void> => {
  const { db, records } = getServices();
  const about = meta.about ?? {};
  let partnerId = about.partner;
  if (!partnerId && about.mandate) partnerId = (await db.mandates.get(about.mandate))?.partnerId;
  if (!partnerId && about.seat) partnerId = (await db.committeeMembers.get(about.seat))?.partnerId;
  await records.save('surveyResponses', {
    instrumentId: instrument.id,
    date: meta.date,
    mode: meta.mode,
    partnerId: instrument.audience === 'team' ? undefined : partnerId,
    mandateId: about.mandate,
    stepId: AccompanimentStepId.safeParse(about.step).data,
    sessionId: about.session,
    committeeMemberId: about.seat,
    answers: cleanAnswers(instrument, answers),
  });
};
