import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../bridge';
import { setLanguage } from '../i18n';
import { useUi } from '../store/ui';
import { RouteLink } from '../components/RouteLink';
import { Notices } from './Notices';
import { navSections } from './route';
import { entryFor } from './routes';
import { useFailureNotices } from './useFailureNotices';
import { useDocumentTitle } from './useDocumentTitle';
import { focusHeading, useFocusManager } from '../components/focus';
import { shortcutProps, useShortcuts } from '../components/shortcuts';
import { useAutoExport } from '../screens/sync/autoExport';
import { useAutoBackup } from './useAutoBackup';
import { requestPersistentStorage } from '../store/storagePersistence';
import { useReceiveOnStart } from '../screens/central/receiveStore';

const Screen = () => {
  const route = useUi((s) => s.route);
  const { Screen: Shown } = entryFor(route);
  return <Shown route={route} />;
};

export const App = () => {
  const { t, i18n } = useTranslation();
  const route = useUi((s) => s.route);
  const syncFromHash = useUi((s) => s.syncFromHash);
  useFailureNotices();
  useFocusManager();
  useShortcuts();
  useDocumentTitle(t(`nav.${entryFor(route).section}`));
  // Changes leave for the central office by themselves once sending is set up.
  useAutoExport();
  // A copy of everything in a second folder (USB key), when set up; see Settings.
  useAutoBackup();
  useEffect(() => {
    void requestPersistentStorage();
  }, []);
  // Bundles waiting in the inbox are received at start (and the WebDAV inbox polled).
  useReceiveOnStart();

  useEffect(() => {
    window.addEventListener('hashchange', syncFromHash);
    return () => window.removeEventListener('hashchange', syncFromHash);
  }, [syncFromHash]);

  useEffect(() => {
    void call('app.setLanguage', { language: i18n.language === 'en' ? 'en' : 'fr' }).catch(() => undefined);
  }, [i18n.language]);

  // The survey kiosk is drawn alone: no navigation, no notices, nothing else of the bank.
  if (entryFor(route).bare) return <Screen />;

  return (
    <div className="shell">
      {/* Moves focus only: "#main" in the address would be read as a route. */}
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          if (!focusHeading()) document.getElementById('main')?.focus();
        }}
      >
        {t('skipToContent')}
      </a>
      <header className="topbar">
        <span className="brand">Relais</span>
        <nav aria-label={t('nav.label')}>
          <ul>
            {navSections.map((section, i) => (
              <li key={section}>
                <RouteLink
                  to={{ name: section }}
                  current={entryFor(route).section === section}
                  attrs={
                    i < 9
                      ? shortcutProps(
                          `nav-${i + 1}`,
                          t('withShortcut', { ns: 'keyboard', label: t(`nav.${section}`), keys: t('keys.alt', { ns: 'keyboard', key: i + 1 }) }),
                        )
                      : undefined
                  }
                >
                  {t(`nav.${section}`)}
                </RouteLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="lang-switch">
          <label htmlFor="ui-language">{t('language.label')}</label>
          <select id="ui-language" value={i18n.language} onChange={(e) => void setLanguage(e.target.value === 'en' ? 'en' : 'fr')}>
            <option value="fr">Français</option>
            <option value="en">English</option>
          </select>
        </div>
      </header>
      <div className="content-scroll">
        <main id="main" tabIndex={-1}>
          <Screen />
        </main>
      </div>
      <Notices />
    </div>
  );
};
