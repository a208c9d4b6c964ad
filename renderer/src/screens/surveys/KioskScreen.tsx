import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UiLanguage } from '../../../../shared/model/enums';
import { getServices } from '../../db/services';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { todayIso } from '../../i18n/format';
import { useUi, type SurveyAbout } from '../../store/ui';
import { ensureBuiltIns, saveResponse } from './actions';
import { AnswerForm, inLang } from './AnswerForm';

/**
 * The laptop handed to a partner or a team member: one survey and nothing else of the
 * bank (no navigation, no names, no other record). Leaving takes a deliberate two-step
 * action meant for the coordinator; other addresses are refused meanwhile (store/ui).
 */
export const KioskScreen = ({ id, about }: { id: string; about?: SurveyAbout }) => {
  const { i18n } = useTranslation();
  const [lang, setLang] = useState<UiLanguage>(i18n.language === 'en' ? 'en' : 'fr');
  const { t } = useTranslation('engagement', { lng: lang });
  // Leaving is the coordinator's business: in her language, like the dialog's buttons.
  const { t: tc } = useTranslation('engagement');
  const exitKiosk = useUi((s) => s.exitKiosk);
  const [done, setDone] = useState(false);
  const [leaving, setLeaving] = useState(false);
  useEffect(() => void ensureBuiltIns(getServices()), []);
  const instrument = useLiveQuery(async () => (await getServices().db.instruments.get(id)) ?? null, [id]);
  // The page speaks the respondent's language while the kiosk is open, and the app's again after.
  useEffect(() => {
    const before = document.documentElement.lang;
    document.documentElement.lang = lang === 'en' ? 'en-CA' : 'fr-CA';
    return () => {
      document.documentElement.lang = before;
    };
  }, [lang]);

  return (
    <main id="main" className="kiosk" tabIndex={-1}>
      <div className="actions" role="group" aria-label={t('kiosk.language')}>
        {(['fr', 'en'] as const).map((l) => (
          <button key={l} type="button" aria-pressed={lang === l} lang={l} onClick={() => setLang(l)}>
            {l === 'fr' ? 'Français' : 'English'}
          </button>
        ))}
      </div>
      {instrument === undefined ? (
        <p>{t('loading')}</p>
      ) : !instrument || instrument.deleted ? (
        <h1>{t('kiosk.unavailable')}</h1>
      ) : done ? (
        <section aria-labelledby="kiosk-thanks">
          <h1 id="kiosk-thanks">{t('kiosk.thanks')}</h1>
          <p>{t('kiosk.saved')}</p>
          <button type="button" className="primary" onClick={() => setDone(false)}>
            {t('kiosk.another')}
          </button>
        </section>
      ) : (
        <>
          <h1>{inLang(instrument.title, lang)}</h1>
          <AnswerForm
            instrument={instrument}
            lang={lang}
            submitLabel={t('kiosk.send')}
            onSubmit={async (answers) => {
              await saveResponse(getServices(), instrument, answers, { date: todayIso(), mode: 'kiosk', about });
              setDone(true);
              window.scrollTo(0, 0);
            }}
          />
        </>
      )}
      <p className="kiosk-exit">
        <button type="button" className="link" onClick={() => setLeaving(true)}>
          {tc('kiosk.exit')}
        </button>
      </p>
      <ConfirmDialog
        open={leaving}
        title={tc('kiosk.exitTitle')}
        body={tc('kiosk.exitBody')}
        confirmLabel={tc('kiosk.exitConfirm')}
        onCancel={() => setLeaving(false)}
        onConfirm={() => {
          setLeaving(false);
          // Back where the coordinator started: the mandate or session the answers are about.
          exitKiosk(
            about?.mandate ? { name: 'mandate', id: about.mandate } : about?.session ? { name: 'session', id: about.session } : { name: 'instrument', id },
          );
        }}
      />
    </main>
  );
};
