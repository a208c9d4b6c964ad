import type { RouteScreens } from '../../app/routes';
import { useTranslation } from 'react-i18next';

const RequestsPlaceholder = () => {
  const { t } = useTranslation('requests');
  return (
    <div className="screen">
      <h1>{t('title')}</h1>
    </div>
  );
};

export const requestRoutes: RouteScreens = { requests: RequestsPlaceholder };
