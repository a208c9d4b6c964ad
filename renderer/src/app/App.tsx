import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../bridge';
import { setLanguage } from '../i18n';
import { HomeScreen } from '../screens/home/HomeScreen';
import { SettingsScreen } from '../screens/settings/SettingsScreen';
import { useUi, type Route } from '../store/ui';
import { RouteLink } from '../components/RouteLink';
import { Notices } from './Notices';
import { bareRoutes, routes } from './routes';
import { useFailureNotices } from './useFailureNotices';
import { useAutoExport } from '../screens/sync/autoExport';

const navItems: { key: string; route: Route; match: Route['name'][] }[] = [
  { key: 'home', route: { name: 'home' }, match: ['home'] },
  { key: 'bank', route: { name: 'bank' }, match: ['bank', 'partner', 'partnerNew', 'partnerEdit', 'import'] },
  { key: 'requests', route: { name: 'requests' }, match: ['requests', 'request', 'requestNew', 'mandate'] },
  { key: 'committees', route: { name: 'committees' }, match: ['committees', 'committee', 'committeeNew'] },
  { key: 'sessions', route: { name: 'sessions' }, match: ['sessions', 'session', 'sessionNew', 'community'] },
  { key: 'surveys', route: { name: 'surveys' }, match: ['surveys', 'instrument', 'instrumentNew', 'surveyAnswer'] },
  { key: 'sync', route: { name: 'sync' }, match: ['sync'] },
  { key: 'settings', route: { name: 'settings' }, match: ['settings'] },
];

const Screen = ({ route }: { route: Route }) => {
  const Extra = routes[route.name];
  if (Extra) return <Extra route={route} />;
  switch (route.name) {
    case 'settings':
      return <SettingsScreen />;
    default:
      return <HomeScreen />;
  }
};

export const App = () => {
  const { t, i18n } = useTranslation();
  const route = useUi((s) => s.route);
  const syncFromHash = useUi((s) => s.syncFromHash);
  useFailureNotices();
  // Changes leave for the central office by themselves once sending is set up.
  useAutoExport();

  useEffect(() => {
    window.addEventListener('hashchange', syncFromHash);
    return () => window.removeEventListener('hashchange', syncFromHash);
  }, [syncFromHash]);

  useEffect(() => {
    void call('app.setLanguage', { language: i18n.language === 'en' ? 'en' : 'fr' }).catch(() => undefined);
  }, [i18n.language]);

  const Bare = bareRoutes[route.name];
  if (Bare) return <Bare route={route} />;

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="topbar">
        <span className="brand">Relais</span>
        <nav aria-label={t('nav.label')}>
          <ul>
            {navItems.map((item) => {
              const current = item.match.includes(route.name);
              return (
                <li key={item.key}>
                  <RouteLink to={item.route} current={current}>
                    {t(`nav.${item.key}`)}
                  </RouteLink>
                </li>
              );
            })}
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
          <Screen route={route} />
        </main>
      </div>
      <Notices />
    </div>
  );
};
