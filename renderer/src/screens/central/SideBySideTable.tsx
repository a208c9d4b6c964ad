import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { tableToCsv } from '../../../../shared/logic/rollup';
import { saveFile, textToBase64 } from '../../files';
import { todayIso, useFormat } from '../../i18n/format';
import type { Cell, SideTable } from './officeColumns';

export const CsvButton = ({ name, headers, rows }: { name: string; headers: string[]; rows: (string | number)[][] }) => {
  const { t } = useTranslation('central');
  return (
    <button type="button" onClick={() => void saveFile(`${name}-${todayIso()}.csv`, 'text/csv', textToBase64(tableToCsv(headers, rows)))}>
      {t('rollup.csv', { table: name })}
    </button>
  );
};

/**
 * One family of indicators, one column per office and one for all offices. Each row's
 * definition shows on hover and in the list under the table; the CSV carries it too.
 */
export const SideBySideTable = ({ table, columns, file, title }: { table: SideTable; columns: string[]; file: string; title: string }) => {
  const { t } = useTranslation('central');
  const fmt = useFormat();
  const id = useId();
  const show = (c: Cell) => (c === null ? '—' : typeof c === 'number' ? fmt.number(c, 1) : c);
  const headers = [t('rollup.indicator'), ...columns, t('rollup.definition')];
  const csvRows = table.rows.map((r) => [r.label, ...r.values.map((c) => (c === null ? '' : c)), r.help]);
  const helps = [...new Set(table.rows.map((r) => r.help).filter(Boolean))];
  return (
    <section className="card side-by-side" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('rollup.indicator')}</th>
            {columns.map((c) => (
              <th scope="col" key={c}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r) => (
            <tr key={r.id}>
              <th scope="row" title={r.help || undefined}>
                {r.label}
              </th>
              {r.values.map((c, i) => (
                <td key={i}>{show(c)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {helps.length > 0 && (
        <div className="help">
          <h3>{t('rollup.definitions')}</h3>
          <ul>
            {helps.map((h) => (
              <li key={h} className="muted">
                {h}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="actions">
        <CsvButton name={file} headers={headers} rows={csvRows} />
      </div>
    </section>
  );
};
