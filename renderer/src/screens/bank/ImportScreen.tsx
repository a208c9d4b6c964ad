import { useTranslation } from 'react-i18next';

export const ImportScreen = () => {
  const { t } = useTranslation('bank');
  return (
    <div className="screen">
      <h1>{t('importer.title')}</h1>
    </div>
  );
};
