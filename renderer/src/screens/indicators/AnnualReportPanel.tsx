import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorInputs } from '../../../../shared/logic/indicators';
import type { UiLanguage } from '../../../../shared/model/enums';
import { annualReportInputFrom } from '../../../../shared/printables/annual-report-mapping';
import { call } from '../../bridge';
import { PdfPreview } from '../../components/PdfPreview';
import { useUi } from '../../store/ui';
import { useOfficeSettings } from '../../store/officeSettings';
import { saveYearReport, useYearReport } from './useYearReport';

/** The year's highlights and challenges, kept per year, and the annual report made from them. */
export const AnnualReportPanel = ({ year, inputs, today }: { year: number; inputs: IndicatorInputs; today: string }) => {
  const { t, i18n } = useTranslation('indicators');
  const notify = useUi((s) => s.notify);
  const settings = useOfficeSettings();
  const stored = useYearReport(year);
  const [highlights, setHighlights] = useState('');
  const [challenges, setChallenges] = useState('');
  const [language, setLanguage] = useState<UiLanguage>(i18n.language === 'en' ? 'en' : 'fr');
  const [busy, setBusy] = useState(false);
  const [pdf, setPdf] = useState<{ fileName: string; base64: string } | null>(null);

  // Show the stored text of the year chosen (a different year brings its own text).
  useEffect(() => {
    setHighlights(stored?.highlights ?? '');
    setChallenges(stored?.challenges ?? '');
  }, [stored?.highlights, stored?.challenges, year]);

  const save = async () => {
    if (!stored) return;
    await saveYearReport({ ...stored, year, highlights, challenges });
    notify('success', t('report.saved', { year }));
  };

  const preview = async () => {
    setBusy(true);
    try {
      if (stored && (stored.highlights !== highlights || stored.challenges !== challenges)) await saveYearReport({ ...stored, year, highlights, challenges });
      const out = await call('pdf.annualReport', annualReportInputFrom(settings, inputs, year, { highlights, challenges }, language, today));
      setPdf(out);
    } catch (e) {
      notify('error', t(`errors.${(e as Error).message}`, { ns: 'common', defaultValue: t('errors.internal', { ns: 'common' }) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="annual-report">
      <h2 id="annual-report">{t('report.title', { year })}</h2>
      <p className="muted">{t('report.intro', { year })}</p>
      <label className="field">
        {t('report.highlights', { year })}
        <textarea rows={5} value={highlights} onChange={(e) => setHighlights(e.target.value)} maxLength={10000} />
      </label>
      <label className="field">
        {t('report.challenges', { year })}
        <textarea rows={5} value={challenges} onChange={(e) => setChallenges(e.target.value)} maxLength={10000} />
      </label>
      <div className="actions">
        <button type="button" onClick={() => void save()} disabled={!stored}>
          {t('report.save')}
        </button>
        <label>
          {t('report.language')}
          <select value={language} onChange={(e) => setLanguage(e.target.value === 'en' ? 'en' : 'fr')}>
            <option value="fr">Français</option>
            <option value="en">English</option>
          </select>
        </label>
        <button type="button" className="primary" onClick={() => void preview()} disabled={busy}>
          {t('report.preview')}
        </button>
      </div>
      {pdf && <PdfPreview title={t('report.pdfTitle', { year })} fileName={pdf.fileName} base64={pdf.base64} onClose={() => setPdf(null)} />}
    </section>
  );
};
