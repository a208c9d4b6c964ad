import { useTranslation } from 'react-i18next';
import { aggregate, type QuestionResult } from '../../../../shared/logic/surveys';
import type { Question, SurveyInstrument, SurveyResponse } from '../../../../shared/model/survey';
import { Section } from '../../components/Fields';
import { useFormat } from '../../i18n/format';
import { inLang } from './AnswerForm';

const Bars = ({ rows, total, label }: { rows: { label: string; count: number }[]; total: number; label: string }) => (
  <ul className="bars" aria-label={label}>
    {rows.map((r) => (
      <li key={r.label}>
        <span>{r.label}</span>{' '}
        <span className="bar" aria-hidden="true">
          <span style={{ width: `${total ? (100 * r.count) / total : 0}%` }} />
        </span>{' '}
        <span>{r.count}</span>
      </li>
    ))}
  </ul>
);

const QuestionResultView = ({ q, r, n }: { q: Question; r: QuestionResult; n: number }) => {
  const { t, i18n } = useTranslation('engagement');
  const fmt = useFormat();
  const lang = i18n.language === 'en' ? 'en' : 'fr';
  const title = `${n}. ${inLang(q.label, lang)}`;
  return (
    <div className="question-result">
      <h3>{title}</h3>
      <p className="muted">{t('results.answered', { count: r.answered })}</p>
      {r.kind === 'scale' && (
        <>
          <Bars
            label={title}
            total={r.answered}
            rows={r.counts.map((count, i) => {
              const point = i + 1;
              const end = point === 1 ? inLang(q.scaleMin, lang) : point === r.max ? inLang(q.scaleMaxLabel, lang) : '';
              return { label: end ? `${point} — ${end}` : String(point), count };
            })}
          />
          {r.mean !== null && <p>{t('results.mean', { mean: fmt.number(r.mean, 1), max: r.max })}</p>}
        </>
      )}
      {r.kind === 'choice' && (
        <Bars label={title} total={r.answered} rows={(q.options ?? []).map((o) => ({ label: inLang(o.label, lang), count: r.counts[o.id] ?? 0 }))} />
      )}
      {r.kind === 'text' &&
        (r.texts.length ? (
          <ul aria-label={title}>
            {r.texts.map((x, i) => (
              <li key={i}>{x}</li>
            ))}
          </ul>
        ) : null)}
    </div>
  );
};

/** Answers counted per question, over every response to the instrument. */
export const Results = ({ instrument, responses }: { instrument: SurveyInstrument; responses: SurveyResponse[] }) => {
  const { t } = useTranslation('engagement');
  const res = aggregate(instrument, responses);
  return (
    <Section title={t('results.title')}>
      <p role="status" aria-label={t('results.title')}>
        {t('results.responses', { count: res.responses })}
      </p>
      {res.responses > 0 &&
        instrument.questions.map((q, i) => {
          const r = res.questions[i];
          return r ? <QuestionResultView key={q.id} q={q} r={r} n={i + 1} /> : null;
        })}
    </Section>
  );
};
