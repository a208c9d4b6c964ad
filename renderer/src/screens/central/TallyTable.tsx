import { useTranslation } from 'react-i18next';
import type { BreakdownRow } from '../../../../shared/logic/indicators';
import { Section } from '../../components/Fields';
import { useFormat } from '../../i18n/format';
import { CsvButton } from './SideBySideTable';

/** People in the bank and active by one breakdown (level, sector, language, community or region), with its definition. */
export const TallyTable = ({
  title,
  rows,
  label,
  file,
  help,
}: {
  title: string;
  rows: readonly BreakdownRow[];
  label(k: string): string;
  file: string;
  help?: string;
}) => {
  const { t } = useTranslation('central');
  const fmt = useFormat();
  const kept = rows.filter((r) => r.bank + r.active > 0).map((r) => [label(r.key), r.bank, r.active] as [string, number, number]);
  const headers = [title, t('rollup.inBank'), t('rollup.active')];
  return (
    <Section title={title}>
      {help && <p className="muted">{help}</p>}
      {kept.length === 0 ? (
        <p className="muted">{t('rollup.nothing')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              {headers.map((h) => (
                <th scope="col" key={h}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {kept.map(([k, a, b]) => (
              <tr key={k}>
                <th scope="row">{k}</th>
                <td>{fmt.number(a)}</td>
                <td>{fmt.number(b)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="actions">
        <CsvButton name={file} headers={headers} rows={kept} />
      </div>
    </Section>
  );
};
