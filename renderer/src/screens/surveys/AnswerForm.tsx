import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { missingRequired, scaleMaxOf } from '../../../../shared/logic/surveys';
import type { UiLanguage } from '../../../../shared/model/enums';
import type { Answer, Bilingual, Question, SurveyInstrument } from '../../../../shared/model/survey';

/** An instrument's text in the reader's language, or the other one when a side was left empty. */
export const inLang = (b: Bilingual | undefined, lang: UiLanguage): string => (b ? b[lang] || b[lang === 'fr' ? 'en' : 'fr'] : '');

const QuestionField = ({
  q,
  n,
  lang,
  value,
  error,
  onChange,
}: {
  q: Question;
  n: number;
  lang: UiLanguage;
  value: Answer | undefined;
  error?: string;
  onChange(a: Answer | undefined): void;
}) => {
  const id = useId();
  const { t } = useTranslation('engagement', { lng: lang });
  const legend = `${n}. ${inLang(q.label, lang)}`;
  const errorNode = error ? (
    <span id={`${id}-error`} className="field-error" role="alert">
      {error}
    </span>
  ) : null;
  if (q.kind === 'text')
    return (
      <div className="field">
        <label htmlFor={id}>
          {legend}
          {q.required && <span aria-hidden="true"> *</span>}
        </label>
        <textarea
          id={id}
          rows={4}
          value={typeof value === 'string' ? value : ''}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => onChange(e.target.value)}
        />
        {errorNode}
      </div>
    );
  const choices =
    q.kind === 'scale'
      ? Array.from({ length: scaleMaxOf(q) }, (_, i) => {
          const point = i + 1;
          const end = point === 1 ? inLang(q.scaleMin, lang) : point === scaleMaxOf(q) ? inLang(q.scaleMaxLabel, lang) : '';
          return { value: point as Answer, label: end ? `${point} — ${end}` : String(point) };
        })
      : (q.options ?? []).map((o) => ({ value: o.id as Answer, label: inLang(o.label, lang) }));
  return (
    <fieldset aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined}>
      <legend>
        {legend}
        {q.required && <span aria-hidden="true"> *</span>}
        {q.required && <span className="sr-only"> ({t('answer.required')})</span>}
      </legend>
      <div className="scale">
        {choices.map((c) => (
          <label key={String(c.value)} className="check">
            <input type="radio" name={id} checked={value === c.value} onChange={() => onChange(c.value)} />
            {c.label}
          </label>
        ))}
      </div>
      {errorNode}
    </fieldset>
  );
};

/**
 * The questions of an instrument, in the respondent's language. Required questions left
 * blank are named before anything is saved; what was answered stays on screen.
 */
export const AnswerForm = ({
  instrument,
  lang,
  submitLabel,
  onSubmit,
  children,
}: {
  instrument: SurveyInstrument;
  lang: UiLanguage;
  submitLabel: string;
  onSubmit(answers: Record<string, Answer>): Promise<void>;
  children?: React.ReactNode;
}) => {
  const { t } = useTranslation('engagement', { lng: lang });
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const [missing, setMissing] = useState<string[]>([]);
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const gaps = missingRequired(instrument, answers);
        setMissing(gaps);
        if (gaps.length > 0) return;
        void onSubmit(answers).then(() => setAnswers({}));
      }}
    >
      {children}
      {inLang(instrument.intro, lang) && <p>{inLang(instrument.intro, lang)}</p>}
      {instrument.questions.map((q, i) => (
        <QuestionField
          key={q.id}
          q={q}
          n={i + 1}
          lang={lang}
          value={answers[q.id]}
          error={missing.includes(q.id) ? t('answer.missing') : undefined}
          onChange={(a) => {
            setMissing((m) => m.filter((x) => x !== q.id));
            setAnswers((x) => {
              const next = { ...x };
              if (a === undefined) delete next[q.id];
              else next[q.id] = a;
              return next;
            });
          }}
        />
      ))}
      {missing.length > 0 && (
        <p className="field-error" role="alert">
          {t('answer.missingSummary', { count: missing.length })}
        </p>
      )}
      <button type="submit" className="primary">
        {submitLabel}
      </button>
    </form>
  );
};
