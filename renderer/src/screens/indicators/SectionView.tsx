import { useTranslation } from 'react-i18next';
import type { Figure, Section } from '../../../../shared/charts/sections';
import { useFormat } from '../../i18n/format';
import { Chart } from '../../components/Chart';

export const SectionView = ({ section, labels }: { section: Section; labels: [string, string] }) => {
  const { t, i18n } = useTranslation('indicators');
  const fmt = useFormat();
  const unit = (f: Figure) => (f.unit === '%' ? (i18n.language === 'en' ? '%' : '\u00a0%') : f.unit ? ` ${f.unit}` : '');
  const value = (f: Figure, v: number | null) => (v === null ? '—' : `${fmt.number(v, 1)}${unit(f)}`);
  const change = (f: Figure) => {
    if (f.current === null || f.previous === null) return '—';
    const d = Math.round((f.current - f.previous) * 10) / 10;
    return d > 0 ? `+${fmt.number(d, 1)}` : d < 0 ? `−${fmt.number(-d, 1)}` : '0';
  };
  const headingId = `section-${section.id}`;
  return (
    <section className="card indicator-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{section.title}</h2>
      {section.noData && <p className="muted">{section.noData}</p>}
      {section.figures.length > 0 && (
        <table className="figures">
          <thead>
            <tr>
              <th scope="col">{t('figure')}</th>
              <th scope="col">{labels[0]}</th>
              <th scope="col">{labels[1]}</th>
              <th scope="col">{t('change')}</th>
            </tr>
          </thead>
          <tbody>
            {section.figures.map((f) => (
              <tr key={f.id}>
                <th scope="row" title={f.help}>
                  {f.label}
                </th>
                <td>
                  <strong>{value(f, f.current)}</strong>
                </td>
                <td>{value(f, f.previous)}</td>
                <td>{change(f)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {section.charts.map((c) => (
        <Chart key={c.id} spec={c} />
      ))}
      {section.help.length > 0 && (
        <div className="help">
          <h3>{t('definitions')}</h3>
          <ul>
            {section.help.map((h) => (
              <li key={h} className="muted">
                {h}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
};
