import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { portraitCsv, portraitItems, portraitJson, type PortraitItem } from '../../../../shared/logic/indicators/portrait';
import type { UiLanguage } from '../../../../shared/model/enums';
import { PortraitAnswers } from '../../../../shared/model/year-report';
import { portraitPartTitle, portraitPdfInputFrom } from '../../../../shared/printables/portrait';
import { call } from '../../bridge';
import { PdfPreview } from '../../components/PdfPreview';
import { RouteLink } from '../../components/RouteLink';
import { saveFile, textToBase64 } from '../../files';
import { todayIso } from '../../i18n/format';
import { useUi } from '../../store/ui';
import { useOfficeSettings } from '../../store/officeSettings';
import { PortraitItemField } from './PortraitItemField';
import { useIndicatorInputs } from './useIndicatorInputs';
import { saveYearReport, useYearReport } from './useYearReport';

const PARTS: PortraitItem['part'][] = ['general', 'infrastructure', 'activities', 'open'];

export const PortraitScreen = () => {
  const { t, i18n } = useTranslation('indicators');
  const notify = useUi((s) => s.notify);
  const settings = useOfficeSettings();
  const today = todayIso();
  const thisYear = Number(today.slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const inputs = useIndicatorInputs();
  const stored = useYearReport(year);
  const [answers, setAnswers] = useState<PortraitAnswers>(() => PortraitAnswers.parse({}));
  const [language, setLanguage] = useState<UiLanguage>(i18n.language === 'en' ? 'en' : 'fr');
  const [pdf, setPdf] = useState<{ fileName: string; base64: string } | null>(null);
  const lang: UiLanguage = i18n.language === 'en' ? 'en' : 'fr';

  useEffect(() => {
    if (stored) setAnswers(stored.portrait);
  }, [stored]);

  const context = { establishment: settings.establishment, coordinator: settings.coordinator };
  const items = useMemo(
    () => (inputs ? portraitItems(inputs, answers, year, { establishment: settings.establishment, coordinator: settings.coordinator }, today) : []),
    [inputs, answers, year, settings.establishment, settings.coordinator, today],
  );

  const failed = (e: unknown) => notify('error', t(`errors.${(e as Error).message}`, { ns: 'common', defaultValue: t('errors.internal', { ns: 'common' }) }));
  const save = async () => {
    if (!stored) return;
    await saveYearReport({ ...stored, year, portrait: PortraitAnswers.parse(answers) });
    notify('success', t('portrait.saved', { year }));
  };
  const exportFile = async (kind: 'csv' | 'json') => {
    const name = `${language === 'en' ? 'provincial-portrait' : 'portrait-provincial'}-${year}.${kind}`;
    const text =
      kind === 'csv'
        ? portraitCsv(items, answers, language)
        : portraitJson(items, answers, { establishment: context.establishment, year, generatedOn: today }, language);
    try {
      if (await saveFile(name, kind === 'csv' ? 'text/csv' : 'application/json', textToBase64(text))) notify('success', t('portrait.exported', { name }));
    } catch (e) {
      failed(e);
    }
  };
  const preview = async () => {
    try {
      setPdf(await call('pdf.portrait', portraitPdfInputFrom(settings, items, answers, year, language, today)));
    } catch (e) {
      failed(e);
    }
  };

  return (
    <div className="screen portrait">
      <p>
        <RouteLink to={{ name: 'indicators' }}>{t('portrait.back')}</RouteLink>
      </p>
      <h1>{t('portrait.title')}</h1>
      <p className="muted">{t('portrait.intro')}</p>
      <div className="card actions">
        <label>
          {t('portrait.year')}{' '}
          <select value={year} onChange={(e) => setYear(Number(e.target.value))}>
            {Array.from({ length: 8 }, (_, i) => thisYear - i).map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
      </div>
      {!inputs ? (
        <p role="status">{t('loading')}</p>
      ) : (
        PARTS.map((part) => (
          <section key={part} className="card" aria-labelledby={`part-${part}`}>
            <h2 id={`part-${part}`}>{portraitPartTitle(part, lang)}</h2>
            {items
              .filter((i) => i.part === part)
              .map((i) => (
                <PortraitItemField key={i.id} item={i} answers={answers} onChange={setAnswers} />
              ))}
          </section>
        ))
      )}
      <div className="card actions">
        <button type="button" className="primary" onClick={() => void save()} disabled={!stored}>
          {t('portrait.save')}
        </button>
        <label>
          {t('portrait.language')}{' '}
          <select value={language} onChange={(e) => setLanguage(e.target.value === 'en' ? 'en' : 'fr')}>
            <option value="fr">Français</option>
            <option value="en">English</option>
          </select>
        </label>
        <button type="button" onClick={() => void preview()}>
          {t('portrait.preview')}
        </button>
        <button type="button" onClick={() => void exportFile('csv')}>
          {t('portrait.csv')}
        </button>
        <button type="button" onClick={() => void exportFile('json')}>
          {t('portrait.json')}
        </button>
      </div>
      {pdf && <PdfPreview title={t('portrait.pdfTitle', { year })} fileName={pdf.fileName} base64={pdf.base64} onClose={() => setPdf(null)} />}
    </div>
  );
};
