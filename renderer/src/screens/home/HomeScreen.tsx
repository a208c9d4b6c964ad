import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { getServices } from '../../app/services';
import { useFormat } from '../../i18n/format';
import { useOfficeSettings } from '../settings/useOfficeSettings';

const OPEN_REQUEST = new Set(['received', 'preparing', 'recruiting', 'filled', 'in_progress']);

export const HomeScreen = () => {
  const { t } = useTranslation();
  const fmt = useFormat();
  const settings = useOfficeSettings();
  const { db } = getServices();
  const counts = useLiveQuery(async () => {
    const partners = await db.partners.filter((p) => !p.deleted && !p.archived).toArray();
    const requests = await db.requests.filter((r) => !r.deleted && OPEN_REQUEST.has(r.status)).count();
    return {
      inBank: partners.filter((p) => p.step === 'in_bank' || p.step === 'active').length,
      active: partners.filter((p) => p.step === 'active').length,
      openRequests: requests,
    };
  }, []);

  return (
    <div className="screen">
      <h1>{t('home.title')}</h1>
      <p>{t('home.welcome')}</p>
      <p>
        <strong>{t('home.office')} : </strong>
        {settings.officeName || settings.establishment || t('home.noOffice')}
      </p>
      <dl className="stats">
        <div>
          <dt>{t('home.inBank')}</dt>
          <dd>{counts ? fmt.number(counts.inBank) : '…'}</dd>
        </div>
        <div>
          <dt>{t('home.active')}</dt>
          <dd>{counts ? fmt.number(counts.active) : '…'}</dd>
        </div>
        <div>
          <dt>{t('home.openRequests')}</dt>
          <dd>{counts ? fmt.number(counts.openRequests) : '…'}</dd>
        </div>
      </dl>
    </div>
  );
};
