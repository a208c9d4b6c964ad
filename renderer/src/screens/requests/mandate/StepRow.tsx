import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccompanimentStep } from '../../../../../shared/model/request';
import { accompanimentSteps, label as refLabel } from '../../../../../shared/reference';
import { TextField } from '../../../components/Fields';
import { MandateSurveyLinks } from '../../../components/MandateSurveyLinks';
import { todayIso, useFormat } from '../../../i18n/format';

const SURVEYS: ReadonlySet<string> = new Set(['survey_partner', 'survey_team']);

/** One step of the accompaniment cycle: planned and done dates, notes, survey answers. */
export const StepRow = ({ mandateId, step, onChange }: { mandateId: string; step: AccompanimentStep; onChange(s: AccompanimentStep): void }) => {
  const { t, i18n } = useTranslation('requests');
  const lang = i18n.language === 'en' ? 'en' : 'fr';
  const item = accompanimentSteps.find((s) => s.id === step.id);
  const name = item ? refLabel(item, lang) : step.id;
  const set = (patch: Partial<AccompanimentStep>) => onChange({ ...step, ...patch });
  const fmt = useFormat();
  const [foldable] = useState(() => Boolean(step.done));
  const body = (
    <fieldset className="checkbox-group" style={{ display: 'block' }} aria-label={name} data-focus-key={`step:${step.id}`}>
      <legend>
        {name} {step.done ? <span className="badge ok">{t('steps.doneBadge')}</span> : null}
      </legend>
      <div className="toolbar">
        <TextField label={t('steps.planned', { step: name })} type="date" value={step.planned ?? ''} onChange={(v) => set({ planned: v || undefined })} />
        <TextField label={t('steps.done', { step: name })} type="date" value={step.done ?? ''} onChange={(v) => set({ done: v || undefined })} />
        {!step.done && (
          <button type="button" aria-label={t('steps.doneToday', { step: name })} onClick={() => set({ done: todayIso() })}>
            {t('steps.doneTodayShort')}
          </button>
        )}
        <TextField label={t('steps.notes', { step: name })} value={step.notes ?? ''} onChange={(v) => set({ notes: v || undefined })} />
      </div>
      {SURVEYS.has(step.id) && <MandateSurveyLinks mandateId={mandateId} stepId={step.id} />}
      {SURVEYS.has(step.id) && (
        <TextField
          label={t('steps.answers', { step: name })}
          hint={t('steps.answersHint')}
          value={step.answers?.['answers'] ?? ''}
          onChange={(v) => set({ answers: v ? { answers: v } : undefined })}
          multiline
        />
      )}
    </fieldset>
  );
  // A step already done when the mandate opens folds away (fewer stops on the way down);
  // one finished now stays open while it is being filled in.
  return foldable ? (
    <details className="step-done" data-focus-key={`step:${step.id}`}>
      <summary>
        {name} <span className="badge ok">{t('steps.doneBadge')}</span> <span className="muted">{fmt.shortDate(step.done)}</span>
      </summary>
      {body}
    </details>
  ) : (
    body
  );
};
