import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { periodLabel } from '../../../../shared/charts/sections';
import { definitions, type IndicatorInputs } from '../../../../shared/logic/indicators';
import { ALL_OFFICES, rollup, type OfficeFigures } from '../../../../shared/logic/rollup';
import type { Language, Level } from '../../../../shared/model/enums';
import { defaultOfficeSettings } from '../../../../shared/model/settings';
import { establishments, sectorLabel } from '../../../../shared/reference';
import { codeLabel } from '../../../../shared/vocabulary';
import { Chart } from '../../components/Chart';
import { SelectField, Section } from '../../components/Fields';
import { PeriodFilter, periodFrom, type PeriodChoice } from '../../components/PeriodFilter';
import { todayIso, useFormat } from '../../i18n/format';
import { columnsOf, officeCharts, sideTables } from './officeColumns';
import { useReceive } from './receiveStore';
import { SideBySideTable } from './SideBySideTable';
import { TallyTable } from './TallyTable';
import { useRollupData } from './useRollupData';

const regionOf = (office: string) => establishments.find((e) => e.name === office)?.regionName ?? '';

/**
 * The offices' indicators side by side for the central office (on a laptop, its own bank's):
 * the office screen's indicators and definitions, per office and for all offices, with each
 * office's freshness, over a chosen period.
 */
export const RollupScreen = () => {
  const { t, i18n } = useTranslation('central');
  const lang = i18n.language === 'en' ? 'en' : 'fr';
  const fmt = useFormat();
  const { status, refresh } = useReceive();
  useEffect(() => {
    void refresh();
  }, [refresh]);
  const data = useRollupData();
  const today = todayIso();
  const thisYear = Number(today.slice(0, 4));
  const [choice, setChoice] = useState<PeriodChoice>({ kind: 'year', year: thisYear, quarter: 1, from: `${thisYear}-01-01`, to: today });
  const period = useMemo(() => periodFrom(choice), [choice]);
  const [chosen, setChosen] = useState(ALL_OFFICES);
  const result = useMemo(() => {
    if (!data) return null;
    const deviceOffice = new Map((status?.devices ?? []).map((d) => [d.deviceId, d.establishment]));
    const lastBundleAt = new Map(data.offices.map((o) => [o.establishment, o.lastBundleAt]));
    const defaults = defaultOfficeSettings();
    const settings = new Map(data.offices.map((o) => [o.establishment, o.settings]));
    const settingsOf = (office: string): IndicatorInputs['settings'] => {
      const s = settings.get(office);
      return { overloadMandates: s?.overloadMandates ?? defaults.overloadMandates, overloadHours: s?.overloadHours ?? defaults.overloadHours };
    };
    return rollup({ records: data.records, deviceOffice, lastBundleAt, regionOf, settingsOf, period, today, now: new Date() });
  }, [data, status, period, today]);
  if (!result) return <p className="muted">…</p>;

  const officeName = (o: string) => (o === ALL_OFFICES ? t('rollup.allOffices') : o || t('rollup.thisOffice'));
  const freshness = (o: OfficeFigures) => (o.daysSinceBundle === null ? t('rollup.noBundle') : t('rollup.daysAgo', { count: o.daysSinceBundle }));
  const tables = sideTables(result, lang, {
    region: t('rollup.region'),
    lastBundle: t('rollup.lastBundle'),
    lastBundleHelp: t('rollup.lastBundleHelp'),
    mandatesRunning: t('rollup.mandatesRunning'),
    mandatesStarted: t('rollup.mandatesStarted'),
    freshness,
  });
  const columns = columnsOf(result).map((o) => officeName(o.office));
  const charts = officeCharts(result, lang, (o) => officeName(o.office), { bank: t('rollup.chartBank'), requests: t('rollup.chartRequests') });
  const focus = chosen === ALL_OFFICES ? result.all : (result.offices.find((o) => o.office === chosen) ?? result.all);
  const bank = focus.indicators.bank;
  const levelName = (k: string) => codeLabel('levels', k as Level, lang);
  const languageName = (k: string) => codeLabel('languages', k as Language, lang);
  const regions = Object.entries(result.byRegion).map(([key, v]) => ({ key, bank: v.inBank, active: v.active }));

  return (
    <div className="screen rollup">
      <h1>{t('rollup.title')}</h1>
      <p>{t('rollup.intro')}</p>
      <PeriodFilter value={choice} years={Array.from({ length: 8 }, (_, i) => thisYear - i)} onChange={setChoice} />
      <p role="status">{t('rollup.periodShown', { period: periodLabel(period, lang) })}</p>
      <Section title={t('rollup.freshness')}>
        {!result.offices.some((o) => o.office) && <p className="muted">{t('rollup.freshEmpty')}</p>}
        <ul>
          {result.offices
            .filter((o) => o.office)
            .map((o) => (
              <li key={o.office}>
                {o.daysSinceBundle === null
                  ? t('rollup.freshNone', { office: o.office })
                  : t('rollup.freshLine', { office: o.office, count: o.daysSinceBundle, date: fmt.date(o.lastBundleAt ?? '') })}
              </li>
            ))}
        </ul>
      </Section>
      <p className="muted">{t('rollup.allOfficesHelp')}</p>
      {tables.map((table) => (
        <SideBySideTable
          key={table.id}
          table={table}
          columns={columns}
          title={table.id === 'offices' ? t('rollup.byOffice') : table.title}
          file={t(`rollup.files.${table.id}`)}
        />
      ))}
      <Section title={t('rollup.charts')}>
        {charts.map((c) => (
          <Chart key={c.id} spec={c} />
        ))}
      </Section>
      <SelectField
        label={t('rollup.detailFor')}
        value={chosen}
        onChange={setChosen}
        options={[{ value: ALL_OFFICES, label: t('rollup.allOffices') }, ...result.offices.map((o) => ({ value: o.office, label: officeName(o.office) }))]}
      />
      <TallyTable title={t('rollup.level')} rows={bank.byLevel} label={levelName} file={t('rollup.files.levels')} help={definitions.byLevel[lang]} />
      <TallyTable
        title={t('rollup.sector')}
        rows={bank.bySector}
        label={(k) => sectorLabel(k, lang)}
        file={t('rollup.files.sectors')}
        help={definitions.bySector[lang]}
      />
      <TallyTable
        title={t('rollup.language')}
        rows={bank.byLanguage}
        label={languageName}
        file={t('rollup.files.languages')}
        help={definitions.byLanguage[lang]}
      />
      <TallyTable
        title={t('rollup.community')}
        rows={bank.byCommunity}
        label={(k) => k || t('rollup.notGiven')}
        file={t('rollup.files.communities')}
        help={definitions.byCommunity[lang]}
      />
      <TallyTable title={t('rollup.region')} rows={regions} label={(k) => k} file={t('rollup.files.regions')} help={t('rollup.regionHelp')} />
    </div>
  );
};
