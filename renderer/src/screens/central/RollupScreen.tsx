import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { rollup, tableToCsv, type OfficeFigures, type Tally } from '../../../../shared/logic/rollup';
import { establishments } from '../../../../shared/reference';
import { getServices } from '../../db/services';
import { Section, SelectField } from '../../components/Fields';
import { saveFile, textToBase64 } from '../../files';
import { useFormat, todayIso } from '../../i18n/format';
import { useReceive } from './receiveStore';

const regionOf = (office: string) => establishments.find((e) => e.name === office)?.regionName ?? '';

const CsvButton = ({ name, headers, rows }: { name: string; headers: string[]; rows: (string | number)[][] }) => {
  const { t } = useTranslation('central');
  return (
    <button type="button" onClick={() => void saveFile(`${name}-${todayIso()}.csv`, 'text/csv', textToBase64(tableToCsv(headers, rows)))}>
      {t('rollup.csv', { table: name })}
    </button>
  );
};

const TallyTable = ({ title, tally, label, file }: { title: string; tally: Tally; label(k: string): string; file: string }) => {
  const { t } = useTranslation('central');
  const fmt = useFormat();
  const rows = Object.entries(tally)
    .sort((a, b) => b[1].inBank - a[1].inBank || a[0].localeCompare(b[0], 'fr'))
    .map(([k, v]) => [label(k), v.inBank, v.active]);
  const headers = [title, t('rollup.inBank'), t('rollup.active')];
  return (
    <Section title={title}>
      {rows.length === 0 ? (
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
            {rows.map(([k, a, b]) => (
              <tr key={String(k)}>
                <th scope="row">{k}</th>
                <td>{fmt.number(Number(a))}</td>
                <td>{fmt.number(Number(b))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="actions">
        <CsvButton name={file} headers={headers} rows={rows} />
      </div>
    </Section>
  );
};

/** Figures across offices for the central office; on a laptop, the figures of its own bank. */
export const RollupScreen = () => {
  const { t } = useTranslation('central');
  const fmt = useFormat();
  const { status, refresh } = useReceive();
  useEffect(() => {
    void refresh();
  }, [refresh]);
  const data = useLiveQuery(async () => {
    const { db } = getServices();
    const [partners, requests, mandates, offices] = await Promise.all([
      db.partners.toArray(),
      db.requests.toArray(),
      db.mandates.toArray(),
      db.offices.toArray(),
    ]);
    return { partners, requests, mandates, offices };
  }, []);
  const [chosen, setChosen] = useState('*');
  const result = useMemo(() => {
    if (!data) return null;
    const deviceOffice = new Map((status?.devices ?? []).map((d) => [d.deviceId, d.establishment]));
    const lastBundleAt = new Map(data.offices.map((o) => [o.establishment, o.lastBundleAt]));
    return rollup({ ...data, deviceOffice, lastBundleAt, regionOf, now: new Date() });
  }, [data, status]);
  if (!result) return <p className="muted">…</p>;

  const officeName = (o: string) => (o === '*' ? t('rollup.allOffices') : o || t('rollup.thisOffice'));
  const focus: OfficeFigures = chosen === '*' ? result.all : (result.offices.find((o) => o.office === chosen) ?? result.all);
  const headers = [
    t('rollup.office'),
    t('rollup.region'),
    t('rollup.inBank'),
    t('rollup.active'),
    t('rollup.requestsReceived'),
    t('rollup.requestsFilled'),
    t('rollup.mandatesActive'),
    t('rollup.mandatesTotal'),
    t('rollup.lastBundle'),
  ];
  const line = (o: OfficeFigures): (string | number)[] => [
    officeName(o.office),
    o.region || '—',
    o.inBank,
    o.active,
    o.requestsReceived,
    o.requestsFilled,
    o.mandatesActive,
    o.mandatesTotal,
    o.daysSinceBundle === null ? t('rollup.noBundle') : t('rollup.daysAgo', { count: o.daysSinceBundle }),
  ];
  const rows = [...result.offices.map(line), line(result.all)];
  const label = (group: string) => (k: string) => t(`rollup.${group}.${k}`, { defaultValue: k });

  return (
    <div className="screen">
      <h1>{t('rollup.title')}</h1>
      <p>{t('rollup.intro')}</p>
      <Section title={t('rollup.freshness')}>
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
      <Section title={t('rollup.byOffice')}>
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
            {rows.map((r) => (
              <tr key={String(r[0])}>
                <th scope="row">{r[0]}</th>
                {r.slice(1).map((c, i) => (
                  <td key={i}>{typeof c === 'number' ? fmt.number(c) : c}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        <div className="actions">
          <CsvButton name={t('rollup.files.offices')} headers={headers} rows={rows} />
        </div>
      </Section>
      <SelectField
        label={t('rollup.detailFor')}
        value={chosen}
        onChange={setChosen}
        options={[{ value: '*', label: t('rollup.allOffices') }, ...result.offices.map((o) => ({ value: o.office, label: officeName(o.office) }))]}
      />
      <TallyTable title={t('rollup.level')} tally={focus.byLevel} label={label('levels')} file={t('rollup.files.levels')} />
      <TallyTable title={t('rollup.sector')} tally={focus.bySector} label={(k) => k} file={t('rollup.files.sectors')} />
      <TallyTable title={t('rollup.language')} tally={focus.byLanguage} label={label('languages')} file={t('rollup.files.languages')} />
      <TallyTable title={t('rollup.community')} tally={focus.byCommunity} label={(k) => k} file={t('rollup.files.communities')} />
      <TallyTable title={t('rollup.region')} tally={result.byRegion} label={(k) => k} file={t('rollup.files.regions')} />
    </div>
  );
};
