import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UiLanguage } from '../../../../shared/model/enums';
import { AnswerMode } from '../../../../shared/model/survey';
import { getServices } from '../../db/services';
import { SelectField, TextField } from '../../components/Fields';
import { RouteLink } from '../../components/RouteLink';
import { todayIso } from '../../i18n/format';
import { useUi, type SurveyAbout } from '../../store/ui';
import { ensureBuiltIns, saveResponse } from './actions';
import { AnswerForm, inLang } from './AnswerForm';
import { describeAbout } from './context';

const ENTRY_MODES = AnswerMode.options.filter((m) => m !== 'kiosk');

/** The coordinator types answers given by phone, in person, or on a paper copy. */
export const ResponseEntry = ({ id, about }: { id: string; about?: SurveyAbout }) => {
  const { t, i18n } = useTranslation('engagement');
  const notify = useUi((s) => s.notify);
  const [date, setDate] = useState(todayIso());
  const [mode, setMode] = useState<AnswerMode>('phone');
  const [lang, setLang] = useState<UiLanguage>(i18n.language === 'en' ? 'en' : 'fr');
  const [formKey, setFormKey] = useState(0);
  useEffect(() => void ensureBuiltIns(getServices()), []);
  const instrument = useLiveQuery(async () => (await getServices().db.instruments.get(id)) ?? null, [id]);
  const context = useLiveQuery(() => describeAbout(about), [about?.mandate, about?.session, about?.seat, about?.partner]);
  if (instrument === undefined) return <p>{t('loading')}</p>;
  if (!instrument || instrument.deleted) return <h1>{t('surveys.notFound')}</h1>;
  const uiLang = i18n.language === 'en' ? 'en' : 'fr';
  return (
    <div className="screen">
      <p>
        <RouteLink to={{ name: 'instrument', id }}>{t('surveys.backTo', { title: inLang(instrument.title, uiLang) })}</RouteLink>
      </p>
      <h1>{t('answer.title', { title: inLang(instrument.title, uiLang) })}</h1>
      {context && <p>{t(`answer.about.${context.kind}`, { name: context.name, title: context.title })}</p>}
      <div className="toolbar">
        <TextField label={t('answer.date')} type="date" value={date} onChange={setDate} required />
        <SelectField
          label={t('answer.mode')}
          value={mode}
          onChange={(v) => setMode(v as AnswerMode)}
          options={ENTRY_MODES.map((m) => ({ value: m, label: t(`modes.${m}`) }))}
        />
        <SelectField
          label={t('answer.language')}
          value={lang}
          onChange={(v) => setLang(v as UiLanguage)}
          options={UiLanguage.options.map((l) => ({ value: l, label: t(`languages.${l}`) }))}
        />
        <RouteLink to={{ name: 'kiosk', id, about }}>{t('surveys.kiosk')}</RouteLink>
      </div>
      <section className="card" aria-label={t('answer.form')}>
        <AnswerForm
          key={formKey}
          instrument={instrument}
          lang={lang}
          submitLabel={t('answer.save')}
          onSubmit={async (answers) => {
            await saveResponse(getServices(), instrument, answers, { date: /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : todayIso(), mode, about });
            notify('success', { key: 'answer.saved', ns: 'engagement' });
            setFormKey((k) => k + 1);
          }}
        />
      </section>
    </div>
  );
};
