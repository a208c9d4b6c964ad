import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExpenseKind } from '../../../../../shared/model/enums';
import type { Mandate } from '../../../../../shared/model/request';
import { SelectField, TextField } from '../../../components/Fields';
import { options } from '../../../components/labels';
import { todayIso, useFormat } from '../../../i18n/format';
import { LogSection } from './LogSection';

/** A number as typed in French or English ("2,5" or "2.5"). */
export const num = (s: string) => Number(s.replace(',', '.'));

type Props = { m: Mandate; set(patch: Partial<Mandate>): void };

export const HoursLog = ({ m, set }: Props) => {
  const { t } = useTranslation('requests');
  const fmt = useFormat();
  const [row, setRow] = useState({ date: todayIso(), hours: '', note: '' });
  const total = m.hours.reduce((s, h) => s + h.hours, 0);
  const hours = num(row.hours);
  const valid = row.date && row.hours.trim() !== '' && !Number.isNaN(hours) && hours > 0 && hours <= 24;
  return (
    <LogSection
      title={t('hours.title')}
      empty={t('hours.empty')}
      rows={m.hours}
      columns={[
        { header: t('hours.date'), cell: (h) => fmt.date(h.date) },
        { header: t('hours.hours'), cell: (h) => fmt.number(h.hours, 2) },
        { header: t('hours.note'), cell: (h) => h.note ?? '' },
      ]}
      actionHeader={t('match.action')}
      removeText={t('hours.remove')}
      removeLabel={(h) => t('hours.removeRow', { date: fmt.date(h.date) })}
      onRemove={(i) => set({ hours: m.hours.filter((_, j) => j !== i) })}
      summary={
        <p>
          <strong>{t('hours.total', { hours: fmt.number(total, 2) })}</strong>
        </p>
      }
    >
      <TextField label={t('hours.date')} type="date" value={row.date} onChange={(date) => setRow((r) => ({ ...r, date }))} />
      <TextField label={t('hours.hours')} value={row.hours} onChange={(h) => setRow((r) => ({ ...r, hours: h }))} />
      <TextField label={t('hours.note')} value={row.note} onChange={(note) => setRow((r) => ({ ...r, note }))} />
      <button
        type="button"
        disabled={!valid}
        onClick={() => {
          set({ hours: [...m.hours, { date: row.date, hours, ...(row.note.trim() ? { note: row.note.trim() } : {}) }] });
          setRow({ date: row.date, hours: '', note: '' });
        }}
      >
        {t('hours.add')}
      </button>
    </LogSection>
  );
};

export const ExpenseLog = ({ m, set }: Props) => {
  const { t, i18n } = useTranslation('requests');
  const fmt = useFormat();
  const [row, setRow] = useState<{ date: string; kind: ExpenseKind; amount: string; note: string }>({
    date: todayIso(),
    kind: 'mileage',
    amount: '',
    note: '',
  });
  const amount = num(row.amount);
  const valid = row.date && row.amount.trim() !== '' && !Number.isNaN(amount) && amount > 0;
  const totals = ExpenseKind.options
    .map((k) => ({ k, sum: m.expenseLog.filter((e) => e.kind === k).reduce((s, e) => s + e.amount, 0) }))
    .filter((x) => x.sum > 0);
  const money = (n: number) => new Intl.NumberFormat(i18n.language === 'en' ? 'en-CA' : 'fr-CA', { style: 'currency', currency: 'CAD' }).format(n);
  return (
    <LogSection
      title={t('expenses.title')}
      explain={t('expenses.explain')}
      empty={t('expenses.empty')}
      rows={m.expenseLog}
      columns={[
        { header: t('expenses.date'), cell: (e) => fmt.date(e.date) },
        { header: t('expenses.kind'), cell: (e) => t(`expenseKinds.${e.kind}`) },
        { header: t('expenses.amount'), cell: (e) => money(e.amount) },
        { header: t('expenses.note'), cell: (e) => e.note ?? '' },
      ]}
      actionHeader={t('match.action')}
      removeText={t('expenses.remove')}
      removeLabel={(e) => t('expenses.removeRow', { date: fmt.date(e.date), kind: t(`expenseKinds.${e.kind}`) })}
      onRemove={(i) => set({ expenseLog: m.expenseLog.filter((_, j) => j !== i) })}
      summary={
        totals.length > 0 && (
          <ul>
            {totals.map((x) => (
              <li key={x.k}>{t('expenses.totalKind', { kind: t(`expenseKinds.${x.k}`), amount: money(x.sum) })}</li>
            ))}
          </ul>
        )
      }
    >
      <TextField label={t('expenses.date')} type="date" value={row.date} onChange={(date) => setRow((r) => ({ ...r, date }))} />
      <SelectField
        label={t('expenses.kind')}
        value={row.kind}
        onChange={(k) => setRow((r) => ({ ...r, kind: k as ExpenseKind }))}
        options={options(t, 'expenseKinds', ExpenseKind.options)}
      />
      <TextField label={t('expenses.amount')} value={row.amount} onChange={(a) => setRow((r) => ({ ...r, amount: a }))} />
      <TextField label={t('expenses.note')} value={row.note} onChange={(note) => setRow((r) => ({ ...r, note }))} />
      <button
        type="button"
        disabled={!valid}
        onClick={() => {
          set({ expenseLog: [...m.expenseLog, { date: row.date, kind: row.kind, amount, ...(row.note.trim() ? { note: row.note.trim() } : {}) }] });
          setRow({ ...row, amount: '', note: '' });
        }}
      >
        {t('expenses.add')}
      </button>
    </LogSection>
  );
};
