import { useTranslation } from 'react-i18next';
import type { StartupFailure } from '../db/services';

export const StartupError = ({ reason }: { reason: StartupFailure }) => {
  const { t } = useTranslation();
  return (
    <main className="startup-error" role="alert">
      <h1>{t(`startup.${reason}.title`)}</h1>
      <p>{t(`startup.${reason}.body`)}</p>
    </main>
  );
};
