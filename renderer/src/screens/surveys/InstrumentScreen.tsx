import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { printOfficeFrom } from '../../../../shared/printables/mapping';
import { surveyBlankInputFrom } from '../../../../shared/printables/survey';
import { UiLanguage } from '../../../../shared/model/enums';
import { call } from '../../bridge';
import { getServices } from '../../db/services';
import { SelectField } from '../../components/Fields';
import { JournalSection } from '../../components/JournalSection';
import { PdfPreview } from '../../components/PdfPreview';
import { RouteLink } from '../../components/RouteLink';
import { appendJournal } from '../../db/journal';
import { live } from '../../db/records';
import { todayIso } from '../../i18n/format';
import { useUi } from '../../store/ui';
import { useOfficeSettings } from '../../store/officeSettings';
import { ensureBuiltIns } from './actions';
import { inLang } from './AnswerForm';
import { InstrumentEditor } from './InstrumentEditor';
import { ResponsesTable } from './ResponsesTable';
import { Results } from './Results';

export const InstrumentNew = () => {
  const { t } = useTranslation('engagement');
  return (
    <div className="screen">
      <h1>{t('surveys.new')}</h1>
      <InstrumentEditor />
    </div>
  );
};

/** One instrument: answer it, hand the laptop over, print it blank, read its results, edit it. */
export const InstrumentScreen = ({ id }: { id: string }) => {
  const { t, i18n } = useTranslation('engagement');
  const notify = useUi((s) => s.notify);
  const settings = useOfficeSettings();
  const lang = i18n.language === 'en' ? 'en' : 'fr';
  const [editing, setEditing] = useState(false);
  const [printLang, setPrintLang] = useState<UiLanguage>(lang);
  const [pdf, setPdf] = useState<{ fileName: string; base64: string }>();
  useEffect(() => void ensureBuiltIns(getServices()), []);
  const { db } = getServices();
  const data = useLiveQuery(async () => {
    const instrument = await db.instruments.get(id);
    const responses = live(await db.surveyResponses.where('instrumentId').equals(id).toArray());
    return { instrument: instrument && !instrument.deleted ? instrument : null, responses };
  }, [id]);
  if (!data) return <p>{t('loading')}</p>;
  const { instrument, responses } = data;
  if (!instrument)
    return (
      <div className="screen">
        <h1>{t('surveys.notFound')}</h1>
        <RouteLink to={{ name: 'surveys' }}>{t('surveys.back')}</RouteLink>
      </div>
    );

  const print = async () => {
    try {
      const out = await call('pdf.surveyBlank', surveyBlankInputFrom(instrument, printLang, printOfficeFrom(settings), todayIso()));
      setPdf(out);
    } catch {
      notify('error', { key: 'errors.pdf_failed', ns: 'common' });
    }
  };

  return (
    <div className="screen">
      <p>
        <RouteLink to={{ name: 'surveys' }}>{t('surveys.back')}</RouteLink>
      </p>
      <h1>{inLang(instrument.title, lang)}</h1>
      <p>
        <span className="badge">{t(`audiences.${instrument.audience}`)}</span> {instrument.builtIn && <span className="badge ok">{t('surveys.builtIn')}</span>}
      </p>
      <div className="actions">
        <RouteLink to={{ name: 'surveyAnswer', id }}>{t('surveys.enter')}</RouteLink>
        <RouteLink to={{ name: 'kiosk', id }}>{t('surveys.kiosk')}</RouteLink>
        {!editing && (
          <button type="button" onClick={() => setEditing(true)}>
            {t('surveys.edit')}
          </button>
        )}
        <button
          type="button"
          onClick={() =>
            void getServices()
              .records.save('instruments', { ...instrument, archived: !instrument.archived })
              .then(() => notify('success', { key: instrument.archived ? 'surveys.restored' : 'surveys.archivedDone', ns: 'engagement' }))
          }
        >
          {t(instrument.archived ? 'surveys.restore' : 'surveys.archive')}
        </button>
      </div>
      {editing && (
        <section className="card" aria-label={t('surveys.edit')}>
          {responses.length > 0 && <p className="hint">{t('surveys.editHint')}</p>}
          <InstrumentEditor instrument={instrument} onDone={() => setEditing(false)} />
        </section>
      )}
      <section className="card" aria-labelledby="print-title">
        <h2 id="print-title">{t('surveys.printTitle')}</h2>
        <div className="toolbar">
          <SelectField
            label={t('surveys.printLanguage')}
            value={printLang}
            onChange={(v) => setPrintLang(v as UiLanguage)}
            options={UiLanguage.options.map((l) => ({ value: l, label: t(`languages.${l}`) }))}
          />
          <button type="button" onClick={() => void print()}>
            {t('surveys.print')}
          </button>
        </div>
      </section>
      {pdf && (
        <PdfPreview
          title={t('surveys.preview', { title: inLang(instrument.title, printLang) })}
          fileName={pdf.fileName}
          base64={pdf.base64}
          onClose={() => setPdf(undefined)}
        />
      )}
      <Results instrument={instrument} responses={responses} />
      <ResponsesTable responses={responses} />
      <JournalSection journal={instrument.journal} onAdd={(text) => appendJournal(getServices(), 'instruments', id, { text })} />
    </div>
  );
};
