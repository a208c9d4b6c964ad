import { useTranslation } from 'react-i18next';
import { customPeriod, quarterPeriod, yearPeriod, type Period } from '../../../shared/logic/indicators';

export interface PeriodChoice {
  kind: Period['kind'];
  year: number;
  quarter: 1 | 2 | 3 | 4;
  from: string;
  to: string;
}

export const periodFrom = (c: PeriodChoice): Period =>
  c.kind === 'year' ? yearPeriod(c.year) : c.kind === 'quarter' ? quarterPeriod(c.year, c.quarter) : customPeriod(c.from, c.to);

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** Year, quarter or custom dates; the custom dates keep the last valid value while typed. */
export const PeriodFilter = ({ value, years, onChange }: { value: PeriodChoice; years: number[]; onChange(c: PeriodChoice): void }) => {
  const { t } = useTranslation('indicators');
  const set = (patch: Partial<PeriodChoice>) => onChange({ ...value, ...patch });
  return (
    <fieldset className="card period-filter">
      <legend>{t('period.legend')}</legend>
      <div className="row">
        <label>
          {t('period.kind')}
          <select value={value.kind} onChange={(e) => set({ kind: e.target.value as Period['kind'] })}>
            <option value="year">{t('period.year')}</option>
            <option value="quarter">{t('period.quarter')}</option>
            <option value="custom">{t('period.custom')}</option>
          </select>
        </label>
        {value.kind !== 'custom' && (
          <label>
            {t('period.yearLabel')}
            <select value={value.year} onChange={(e) => set({ year: Number(e.target.value) })}>
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </label>
        )}
        {value.kind === 'quarter' && (
          <label>
            {t('period.quarterLabel')}
            <select value={value.quarter} onChange={(e) => set({ quarter: Number(e.target.value) as 1 | 2 | 3 | 4 })}>
              {[1, 2, 3, 4].map((q) => (
                <option key={q} value={q}>
                  {t('period.q', { n: q })}
                </option>
              ))}
            </select>
          </label>
        )}
        {value.kind === 'custom' && (
          <>
            <label>
              {t('period.from')}
              <input type="date" value={value.from} onChange={(e) => ISO.test(e.target.value) && set({ from: e.target.value })} />
            </label>
            <label>
              {t('period.to')}
              <input type="date" value={value.to} onChange={(e) => ISO.test(e.target.value) && set({ to: e.target.value })} />
            </label>
          </>
        )}
      </div>
    </fieldset>
  );
};
