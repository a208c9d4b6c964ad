import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { indicatorSections, periodLabel } from '../../../../shared/charts/sections';
import { compareIndicators } from '../../../../shared/logic/indicators';
import { RouteLink } from '../../components/RouteLink';
import { todayIso } from '../../i18n/format';
import { AnnualReportPanel } from './AnnualReportPanel';
import { PeriodFilter, periodFrom, type PeriodChoice } from '../../components/PeriodFilter';
import { SectionView } from './SectionView';
import { useIndicatorInputs } from './useIndicatorInputs';

export const IndicatorsScreen = () => {
  const { t, i18n } = useTranslation('indicators');
  const lang = i18n.language === 'en' ? 'en' : 'fr';
  const today = todayIso();
  const thisYear = Number(today.slice(0, 4));
  const [choice, setChoice] = useState<PeriodChoice>({ kind: 'year', year: thisYear, quarter: 1, from: `${thisYear}-01-01`, to: today });
  const inputs = useIndicatorInputs();
  const period = useMemo(() => periodFrom(choice), [choice]);
  const cmp = useMemo(() => (inputs ? compareIndicators(inputs, period, today) : undefined), [inputs, period, today]);
  const sections = useMemo(() => (cmp ? indicatorSections(cmp, lang) : []), [cmp, lang]);
  const years = Array.from({ length: 8 }, (_, i) => thisYear - i);
  const labels: [string, string] | undefined = cmp && [periodLabel(cmp.current.period, lang), periodLabel(cmp.previous.period, lang)];

  return (
    <div className="screen indicators">
      <h1>{t('title')}</h1>
      <p className="muted">{t('intro')}</p>
      <PeriodFilter value={choice} years={years} onChange={setChoice} />
      <p>
        <RouteLink to={{ name: 'portrait' }}>{t('portraitLink')}</RouteLink>
      </p>
      {!cmp || !labels ? (
        <p role="status">{t('loading')}</p>
      ) : (
        <>
          <p role="status">{t('period.comparedWith', { current: labels[0], previous: labels[1] })}</p>
          {sections.map((s) => (
            <SectionView key={s.id} section={s} labels={labels} />
          ))}
          {inputs && <AnnualReportPanel year={choice.kind === 'custom' ? Number(choice.to.slice(0, 4)) : choice.year} inputs={inputs} today={today} />}
        </>
      )}
    </div>
  );
};
