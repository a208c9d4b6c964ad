import { useTranslation } from 'react-i18next';
import { RouteLink } from '../../components/RouteLink';
import { MandateEditor } from './mandate/MandateEditor';
import { useMandateData } from './mandate/useMandateData';

/** The mandate screen: loads the mandate with its request and person, then hands it to the editor. */
export const MandateScreen = ({ id }: { id: string }) => {
  const { t } = useTranslation('requests');
  const data = useMandateData(id);
  if (data === undefined) return <p>{t('loading')}</p>;
  if (!data.mandate) {
    return (
      <div className="screen">
        <h1>{t('mandate.notFound')}</h1>
        <RouteLink to={{ name: 'requests' }}>{t('backToList')}</RouteLink>
      </div>
    );
  }
  return <MandateEditor key={data.mandate.id} saved={data.mandate} partner={data.partner} request={data.request} partnerMandates={data.partnerMandates} />;
};
