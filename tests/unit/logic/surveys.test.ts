import { describe, expect, it } from 'vitest';
import { aggregate, builtInInstruments, cleanAnswers, missingRequired } from '../../../shared/logic';
import { SurveyInstrument, type SurveyResponse } from '../../../shared/model';

const base = (id: string) => ({
  id,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  deviceId: 'dev-test',
  stamp: '0000000000001-0000-dev-test',
});
const postPartner = builtInInstruments().find((b) => b.builtIn === 'post_partner')!;
const instrument = SurveyInstrument.parse({ ...base(postPartner.id), ...postPartner, journal: [] });
let n = 0;
const response = (answers: SurveyResponse['answers'], over: Partial<SurveyResponse> = {}): SurveyResponse => ({
  ...base(`R-${String(++n).padStart(8, '0')}`),
  instrumentId: instrument.id,
  date: '2026-06-15',
  mode: 'kiosk',
  answers,
  ...over,
});

describe('built-in instruments', () => {
  it('are valid records with both languages filled in every question and option', () => {
    for (const b of builtInInstruments()) {
      const parsed = SurveyInstrument.parse({ ...base(b.id), ...b, journal: [] });
      for (const q of parsed.questions) {
        expect(q.label.fr && q.label.en).toBeTruthy();
        for (const o of q.options ?? []) expect(o.label.fr && o.label.en).toBeTruthy();
      }
    }
    expect(new Set(builtInInstruments().map((b) => b.id)).size).toBe(4);
  });
});

describe('survey aggregation', () => {
  it('counts each scale point and option, gives the mean, and lists free text', () => {
    const rs = [
      response({ overall: 5, heard: 4, again: 'yes', better: '  Plus de temps  ' }),
      response({ overall: 4, heard: 4, again: 'yes' }),
      response({ overall: 5, again: 'no', better: '' }),
      response({ overall: 1 }, { deleted: 1 }),
      response({ overall: 3 }, { instrumentId: 'other-instrument' }),
      response({ overall: 9, again: 'unknown' }), // out of range: left out of the counts
    ];
    const res = aggregate(instrument, rs);
    expect(res.responses).toBe(4);
    const overall = res.questions.find((q) => q.questionId === 'overall');
    expect(overall).toEqual({ kind: 'scale', questionId: 'overall', answered: 3, max: 5, counts: [0, 0, 0, 1, 2], mean: 14 / 3 });
    expect(res.questions.find((q) => q.questionId === 'again')).toEqual({
      kind: 'choice',
      questionId: 'again',
      answered: 3,
      counts: { yes: 2, maybe: 0, no: 1 },
    });
    expect(res.questions.find((q) => q.questionId === 'better')).toEqual({ kind: 'text', questionId: 'better', answered: 1, texts: ['Plus de temps'] });
    expect(res.questions.find((q) => q.questionId === 'supported')).toMatchObject({ answered: 0, mean: null });
  });

  it('says which required questions are missing and drops answers that do not fit', () => {
    expect(missingRequired(instrument, { overall: 5, heard: 0 })).toEqual(['heard', 'informed', 'supported']);
    expect(cleanAnswers(instrument, { overall: 5, gone: 'x', better: '  ok ', again: 'nope' })).toEqual({ overall: 5, better: 'ok' });
  });
});
