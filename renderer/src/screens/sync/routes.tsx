import type { RouteScreens } from '../../app/routes';
import { useTranslation } from 'react-i18next';

const SyncPlaceholder = () => {
  const { t } = useTranslation('sync');
  return (
    <div className="screen">
      <h1>{t('title')}</h1>
    </div>
  );
};

export const syncRoutes: RouteScreens = { sync: SyncPlaceholder };
