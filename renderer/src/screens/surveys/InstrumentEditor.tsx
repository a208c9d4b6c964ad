import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getServices } from '../../db/services';
import { ulid } from 'ulid';
import { InstrumentAudience, InstrumentFields, QuestionKind, type Bilingual, type Question, type SurveyInstrument } from '../../../../shared/model/survey';
import { Checkbox, SelectField, TextField } from '../../components/Fields';
import { FormActions } from '../../components/FormActions';
import { useUi } from '../../store/ui';
import { saveInstrument } from './actions';

const blank = (): Bilingual => ({ fr: '', en: '' });
const newQuestion = (): Question => ({
  id: ulid().slice(-12).toLowerCase(),
  kind: 'scale',
  label: blank(),
  required: false,
  scaleMax: 5,
  scaleMin: blank(),
  scaleMaxLabel: blank(),
});
const filled = (b: Bilingual | undefined) => Boolean(b && (b.fr.trim() || b.en.trim()));

/** French and English side by side, so both versions are written together. */
const BilingualField = ({ label, value, onChange, multiline }: { label: string; value: Bilingual; onChange(v: Bilingual): void; multiline?: boolean }) => {
  const { t } = useTranslation('engagement');
  return (
    <div className="bilingual">
      <TextField label={t('editor.inFrench', { label })} value={value.fr} onChange={(fr) => onChange({ ...value, fr })} multiline={multiline} />
      <TextField label={t('editor.inEnglish', { label })} value={value.en} onChange={(en) => onChange({ ...value, en })} multiline={multiline} />
    </div>
  );
};

export const InstrumentEditor = ({ instrument, onDone }: { instrument?: SurveyInstrument; onDone?(): void }) => {
  const { t } = useTranslation('engagement');
  const navigate = useUi((s) => s.navigate);
  const notify = useUi((s) => s.notify);
  const [title, setTitle] = useState<Bilingual>(instrument?.title ?? blank());
  const [intro, setIntro] = useState<Bilingual>(instrument?.intro ?? blank());
  const [audience, setAudience] = useState(instrument?.audience ?? 'partner');
  const [questions, setQuestions] = useState<Question[]>(instrument?.questions ?? [newQuestion()]);
  const [problems, setProblems] = useState<string[]>([]);
  const update = (i: number, q: Partial<Question>) => setQuestions((xs) => xs.map((x, j) => (j === i ? { ...x, ...q } : x)));

  const save = async () => {
    const found: string[] = [];
    if (!filled(title)) found.push(t('editor.titleMissing'));
    questions.forEach((q, i) => {
      if (!filled(q.label)) found.push(t('editor.labelMissing', { n: i + 1 }));
      if (q.kind === 'choice' && (q.options ?? []).filter((o) => filled(o.label)).length < 2) found.push(t('editor.optionsMissing', { n: i + 1 }));
    });
    const cleaned = questions.map((q) => ({
      ...q,
      options: q.kind === 'choice' ? (q.options ?? []).filter((o) => filled(o.label)) : undefined,
      scaleMax: q.kind === 'scale' ? q.scaleMax : undefined,
      scaleMin: q.kind === 'scale' ? q.scaleMin : undefined,
      scaleMaxLabel: q.kind === 'scale' ? q.scaleMaxLabel : undefined,
    }));
    const parsed = InstrumentFields.safeParse({
      title,
      intro: filled(intro) ? intro : undefined,
      audience,
      questions: cleaned,
      archived: instrument?.archived ?? false,
    });
    if (!parsed.success && found.length === 0) found.push(t('editor.invalid'));
    setProblems(found);
    if (found.length > 0 || !parsed.success) return;
    const id = await saveInstrument(getServices(), parsed.data, instrument?.id);
    notify('success', { key: 'editor.saved', ns: 'engagement' });
    if (onDone) onDone();
    else navigate({ name: 'instrument', id });
  };

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <BilingualField label={t('editor.title')} value={title} onChange={setTitle} />
      <SelectField
        label={t('editor.audience')}
        value={audience}
        onChange={(v) => setAudience(v as InstrumentAudience)}
        options={InstrumentAudience.options.map((o) => ({ value: o, label: t(`audiences.${o}`) }))}
      />
      <BilingualField label={t('editor.intro')} value={intro} onChange={setIntro} multiline />
      {questions.map((q, i) => {
        const n = i + 1;
        return (
          <fieldset key={q.id} className="question-editor">
            <legend>{t('editor.question', { n })}</legend>
            <SelectField
              label={t('editor.kind', { n })}
              value={q.kind}
              onChange={(v) =>
                update(i, {
                  kind: v as QuestionKind,
                  options:
                    v === 'choice' && !q.options?.length
                      ? [
                          { id: 'o1', label: blank() },
                          { id: 'o2', label: blank() },
                        ]
                      : q.options,
                  scaleMax: q.scaleMax ?? 5,
                  scaleMin: q.scaleMin ?? blank(),
                  scaleMaxLabel: q.scaleMaxLabel ?? blank(),
                })
              }
              options={QuestionKind.options.map((o) => ({ value: o, label: t(`kinds.${o}`) }))}
            />
            <BilingualField label={t('editor.label', { n })} value={q.label} onChange={(label) => update(i, { label })} />
            <Checkbox label={t('editor.required', { n })} checked={q.required} onChange={(required) => update(i, { required })} />
            {q.kind === 'scale' && (
              <>
                <SelectField
                  label={t('editor.points', { n })}
                  value={String(q.scaleMax ?? 5)}
                  onChange={(v) => update(i, { scaleMax: Number(v) })}
                  options={[3, 4, 5, 7, 10].map((p) => ({ value: String(p), label: String(p) }))}
                />
                <BilingualField label={t('editor.low', { n })} value={q.scaleMin ?? blank()} onChange={(scaleMin) => update(i, { scaleMin })} />
                <BilingualField label={t('editor.high', { n })} value={q.scaleMaxLabel ?? blank()} onChange={(scaleMaxLabel) => update(i, { scaleMaxLabel })} />
              </>
            )}
            {q.kind === 'choice' &&
              (q.options ?? []).map((o, k) => (
                <div key={o.id}>
                  <BilingualField
                    label={t('editor.option', { n, k: k + 1 })}
                    value={o.label}
                    onChange={(label) => update(i, { options: (q.options ?? []).map((x) => (x.id === o.id ? { ...x, label } : x)) })}
                  />
                  <button type="button" className="link" onClick={() => update(i, { options: (q.options ?? []).filter((x) => x.id !== o.id) })}>
                    {t('editor.removeOption', { n, k: k + 1 })}
                  </button>
                </div>
              ))}
            <div className="actions">
              {q.kind === 'choice' && (
                <button
                  type="button"
                  onClick={() => update(i, { options: [...(q.options ?? []), { id: `o${ulid().slice(-8).toLowerCase()}`, label: blank() }] })}
                >
                  {t('editor.addOption', { n })}
                </button>
              )}
              {i > 0 && (
                <button type="button" onClick={() => setQuestions((xs) => [...xs.slice(0, i - 1), xs[i]!, xs[i - 1]!, ...xs.slice(i + 1)])}>
                  {t('editor.moveUp', { n })}
                </button>
              )}
              {questions.length > 1 && (
                <button type="button" className="danger" onClick={() => setQuestions((xs) => xs.filter((_, j) => j !== i))}>
                  {t('editor.remove', { n })}
                </button>
              )}
            </div>
          </fieldset>
        );
      })}
      <button type="button" onClick={() => setQuestions((xs) => [...xs, newQuestion()])}>
        {t('editor.add')}
      </button>
      {problems.length > 0 && (
        <ul className="field-error" role="alert">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      <FormActions saveLabel={t('editor.save')} leaveLabel={t('cancel')} onLeave={() => (onDone ? onDone() : navigate({ name: 'surveys' }))} />
    </form>
  );
};
