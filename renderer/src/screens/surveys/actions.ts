import { builtInInstruments } from '../../../../shared/logic/instruments';
import { cleanAnswers } from '../../../../shared/logic/surveys';
import type { IsoDate } from '../../../../shared/model/base';
import { AccompanimentStepId } from '../../../../shared/model/enums';
import type { Answer, AnswerMode, InstrumentFields, SurveyInstrument } from '../../../../shared/model/survey';
import type { Services } from '../../db/services';

type Svc = Pick<Services, 'db' | 'records'>;
import type { SurveyAbout } from '../../store/ui';

// One seeding per database, however many screens ask at once.
const seeding = new WeakMap<object, Promise<void>>();

/**
 * Writes the built-in instruments the first time surveys are opened. Their ids are
 * fixed, so a second laptop seeding them writes the same records and sync keeps one copy.
 */
export const ensureBuiltIns = (svc: Svc): Promise<void> => {
  const running = seeding.get(svc.db);
  if (running) return running;
  const run = (async () => {
    for (const b of builtInInstruments()) {
      if (await svc.db.instruments.get(b.id)) continue;
      await svc.records.save('instruments', { ...b, journal: [{ at: new Date().toISOString(), event: 'created' }] });
    }
  })().catch((err: unknown) => {
    seeding.delete(svc.db);
    throw err;
  });
  seeding.set(svc.db, run);
  return run;
};

export const saveInstrument = async (svc: Svc, fields: InstrumentFields, id?: string): Promise<string> => {
  const { db, records } = svc;
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
  svc: Svc,
  instrument: SurveyInstrument,
  answers: Record<string, Answer>,
  meta: { date: IsoDate; mode: AnswerMode; about?: SurveyAbout },
): Promise<void> => {
  const { db, records } = svc;
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
