import { useTranslation } from 'react-i18next';
import { sourceText, type PortraitItem } from '../../../../shared/logic/indicators/portrait';
import type { PortraitAnswers } from '../../../../shared/model/year-report';
import { useFormat } from '../../i18n/format';

type Lang = 'fr' | 'en';

/** Keys of the hand answers a field writes to, and the "other" text typed beside some lists. */
const OTHER: Partial<Record<string, 'directorateOther' | 'fundingOther' | 'otherServices'>> = {
  directorates: 'directorateOther',
  fundingSources: 'fundingOther',
  servicesOffered: 'otherServices',
};

export const PortraitItemField = ({ item, answers, onChange }: { item: PortraitItem; answers: PortraitAnswers; onChange(a: PortraitAnswers): void }) => {
  const { t, i18n } = useTranslation('indicators');
  const lang: Lang = i18n.language === 'en' ? 'en' : 'fr';
  const fmt = useFormat();
  const id = `portrait-${item.id}`;
  const question = `${item.number}. ${item.question[lang]}`;
  const source = (
    <p className="muted small">
      {t('portrait.source', { source: sourceText(item.source, lang) })}
      {item.derivation ? ` — ${item.derivation[lang]}` : ''}
    </p>
  );
  const otherKey = OTHER[item.id];
  const other = otherKey && (
    <label className="field">
      {t('portrait.other')}
      <input value={answers[otherKey]} maxLength={200} onChange={(e) => onChange({ ...answers, [otherKey]: e.target.value })} />
    </label>
  );
  const setHand = (value: unknown) => onChange({ ...answers, [item.id]: value } as PortraitAnswers);

  if (item.kind === 'multi') {
    const chosen = new Set(Array.isArray(item.value) ? item.value : []);
    const toggle = (optionId: string, on: boolean) => {
      const next = new Set(chosen);
      if (on) next.add(optionId);
      else next.delete(optionId);
      const list = [...next];
      if (item.source === 'hand') setHand(list);
      else onChange({ ...answers, overrides: { ...answers.overrides, [item.id]: list } });
    };
    const { [item.id]: _dropped, ...otherOverrides } = answers.overrides;
    return (
      <fieldset className="portrait-item">
        <legend>{question}</legend>
        {item.options?.map((o) => (
          <label key={o.id} className="check">
            <input type="checkbox" checked={chosen.has(o.id)} onChange={(e) => toggle(o.id, e.target.checked)} /> {o[lang]}
          </label>
        ))}
        {other}
        {source}
        {item.source === 'corrected' && (
          <button type="button" onClick={() => onChange({ ...answers, overrides: otherOverrides })}>
            {t('portrait.resetSuggestion')}
          </button>
        )}
      </fieldset>
    );
  }
  if (item.source !== 'hand') {
    const shown = item.value === null ? '—' : typeof item.value === 'number' ? fmt.number(item.value, 1) : String(item.value);
    return (
      <div className="portrait-item" role="group" aria-labelledby={id}>
        <p id={id} className="question">
          {question}
        </p>
        <p>
          <strong>{shown}</strong>
        </p>
        {source}
      </div>
    );
  }
  return (
    <div className="portrait-item">
      <label className="field" htmlFor={id}>
        {question}
      </label>
      {item.kind === 'choice' && (
        <select id={id} value={typeof item.value === 'string' ? item.value : ''} onChange={(e) => setHand(e.target.value)}>
          <option value="">—</option>
          {item.options?.map((o) => (
            <option key={o.id} value={o.id}>
              {o[lang]}
            </option>
          ))}
        </select>
      )}
      {item.kind === 'number' && (
        <input
          id={id}
          type="number"
          min={0}
          step={item.id === 'fte' ? 0.1 : 1}
          value={typeof item.value === 'number' ? item.value : ''}
          onChange={(e) => {
            const n = e.target.value === '' ? undefined : Number(e.target.value);
            setHand(n === undefined || Number.isNaN(n) || n < 0 ? undefined : item.id === 'fte' ? n : Math.round(n));
          }}
        />
      )}
      {item.kind === 'text' && (
        <textarea
          id={id}
          rows={3}
          maxLength={item.id === 'serviceNames' ? 500 : item.id === 'comments' ? 3000 : 1500}
          value={typeof item.value === 'string' ? item.value : ''}
          onChange={(e) => setHand(e.target.value)}
        />
      )}
      {source}
    </div>
  );
};
