import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../shared/format/numbers';

interface BaseProps {
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
}

/** Shown from 80 % of a text limit, so the limit is stated before a save is refused. */
const NEAR_LIMIT = 0.8;

const Counter = ({ id, length, max }: { id: string; length: number; max: number }) => {
  const { t, i18n } = useTranslation('fields');
  const lang = i18n.language === 'en' ? 'en' : 'fr';
  if (length < max * NEAR_LIMIT) return null;
  return (
    <span id={`${id}-counter`} className={length > max ? 'counter over' : 'counter'} aria-live="polite">
      {t('counter', { count: formatNumber(length, lang), max: formatNumber(max, lang) } as Record<string, string>)}
    </span>
  );
};

const Described = ({ id, hint, error }: { id: string; hint?: string; error?: string }) => (
  <>
    {hint && (
      <span id={`${id}-hint`} className="hint">
        {hint}
      </span>
    )}
    {error && (
      <span id={`${id}-error`} className="field-error" role="alert">
        {error}
      </span>
    )}
  </>
);

const describedBy = (id: string, hint?: string, error?: string, counter?: boolean) =>
  [hint && `${id}-hint`, counter && `${id}-counter`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;

export const TextField = ({
  label,
  hint,
  error,
  required,
  value,
  onChange,
  type = 'text',
  multiline,
  autoComplete,
  max,
}: BaseProps & {
  value: string;
  onChange(v: string): void;
  type?: 'text' | 'email' | 'tel' | 'date' | 'number' | 'password' | 'url' | 'color' | 'search';
  multiline?: boolean;
  autoComplete?: string;
  /** The schema's length limit: a counter appears near it (no maxLength: a paste is never cut silently). */
  max?: number;
}) => {
  const id = useId();
  const near = max !== undefined && value.length >= max * NEAR_LIMIT;
  const common = {
    id,
    value,
    required,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(id, hint, error, near),
  } as const;
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {required && <span aria-hidden="true"> *</span>}
      </label>
      {multiline ? (
        <textarea {...common} rows={4} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} type={type} autoComplete={autoComplete ?? 'off'} onChange={(e) => onChange(e.target.value)} />
      )}
      {max !== undefined && <Counter id={id} length={value.length} max={max} />}
      <Described id={id} hint={hint} error={error} />
    </div>
  );
};

export interface Option {
  value: string;
  label: string;
}

export const SelectField = ({
  label,
  hint,
  error,
  required,
  value,
  onChange,
  options,
  groups,
  placeholder,
}: BaseProps & {
  value: string;
  onChange(v: string): void;
  options?: Option[];
  groups?: { label: string; options: Option[] }[];
  placeholder?: string;
}) => {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {required && <span aria-hidden="true"> *</span>}
      </label>
      <select
        id={id}
        value={value}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(e) => onChange(e.target.value)}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options?.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
        {groups?.map((g) => (
          <optgroup key={g.label} label={g.label}>
            {g.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      <Described id={id} hint={hint} error={error} />
    </div>
  );
};

export const CheckboxGroup = ({ legend, options, value, onChange }: { legend: string; options: Option[]; value: string[]; onChange(v: string[]): void }) => (
  <fieldset className="checkbox-group">
    <legend>{legend}</legend>
    {options.map((o) => (
      <label key={o.value} className="check">
        <input
          type="checkbox"
          checked={value.includes(o.value)}
          onChange={(e) => onChange(e.target.checked ? [...value, o.value] : value.filter((v) => v !== o.value))}
        />
        {o.label}
      </label>
    ))}
  </fieldset>
);

export const Checkbox = ({ label, checked, onChange }: { label: string; checked: boolean; onChange(v: boolean): void }) => (
  <label className="check">
    <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
    {label}
  </label>
);

export const Section = ({ title, children }: { title: string; children: ReactNode }) => {
  const id = useId();
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
};
