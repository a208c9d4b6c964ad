/**
 * The built-in survey instruments, written for Relais from the practices the seeds
 * describe (a post-participation survey for partners and one for teams, a training
 * appreciation form, an evaluation grid of a partner's involvement). Offices edit them
 * like any other instrument; their ids are fixed so two laptops seeding them make one copy.
 * Their wording is in instruments.json, one row a question; this module builds the records.
 */
import { BuiltInInstrument, builtInId, InstrumentFields, type Question } from '../model';
import table from './instruments.json';

const agree = {
  scaleMax: 5,
  scaleMin: { fr: 'Pas du tout d’accord', en: 'Strongly disagree' },
  scaleMaxLabel: { fr: 'Tout à fait d’accord', en: 'Strongly agree' },
};

/** `[kind, id, French, English]`, and for a choice the name of its options in `table.choices`. */
const question = (row: string[]): Question => {
  const [kind, id = '', fr = '', en = '', options = ''] = row;
  const label = { fr, en };
  if (kind === 'scale') return { id, kind, label, required: true, ...agree };
  if (kind === 'text') return { id, kind, label, required: false };
  const choices = table.choices[options as keyof typeof table.choices];
  if (kind !== 'choice' || !choices) throw new Error(`instruments.json: question ${id}`);
  return { id, kind, label, required: false, options: choices.map(([oid = '', ofr = '', oen = '']) => ({ id: oid, label: { fr: ofr, en: oen } })) };
};

export interface BuiltIn extends InstrumentFields {
  id: string;
  builtIn: BuiltInInstrument;
}

/** Fresh records on every call: an office's edits never reach the table. */
export const builtInInstruments = (): BuiltIn[] =>
  table.instruments.map((x) => {
    const builtIn = BuiltInInstrument.parse(x.builtIn);
    return {
      id: builtInId(builtIn),
      builtIn,
      title: { ...x.title },
      audience: InstrumentFields.shape.audience.parse(x.audience),
      intro: { ...x.intro },
      questions: x.questions.map(question),
      archived: false,
    };
  });
