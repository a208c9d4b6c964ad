import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { chartSvg } from '../../../shared/charts/plot';
import type { ChartSpec } from '../../../shared/charts/sections';
import { useFormat } from '../i18n/format';

/**
 * A chart drawn by the same Plot code the annual report uses, with its table for screen
 * readers (the bars' words already carry every value for sighted readers).
 */
export const Chart = ({ spec }: { spec: ChartSpec }) => {
  const { t, i18n } = useTranslation('indicators');
  const fmt = useFormat();
  const host = useRef<HTMLDivElement>(null);
  const locale = i18n.language === 'en' ? 'en-CA' : 'fr-CA';
  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const svg = chartSvg(spec, document, { width: 640, locale });
    if (svg) svg.setAttribute('aria-hidden', 'true');
    el.replaceChildren(...(svg ? [svg] : []));
  }, [spec, locale]);
  const titleId = `chart-${spec.id}`;
  return (
    <figure className="chart" aria-labelledby={titleId}>
      <figcaption id={titleId}>{spec.title}</figcaption>
      {spec.categories.length === 0 && <p className="muted">{t('noChart')}</p>}
      <div ref={host} className="chart-svg" />
      <table className="sr-only">
        <caption>{t('tableOf', { title: spec.title })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('category')}</th>
            {spec.series.map((s) => (
              <th key={s} scope="col">
                {s}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {spec.categories.map((c, i) => (
            <tr key={c}>
              <th scope="row">{c}</th>
              {spec.series.map((s, j) => (
                <td key={s}>{fmt.number(spec.values[i]?.[j] ?? 0, 1)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
};
