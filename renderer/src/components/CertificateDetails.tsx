import { useTranslation } from 'react-i18next';
import type { CertificateInfo } from '../../../shared/bridge/channels/sync';

/**
 * Whose certificate a WebDAV server showed when it was not trusted (a laptop's sync
 * destination or the central office's inbox), to read to central IT: they compare the
 * fingerprint with their server's before anyone trusts it.
 */
export const CertificateDetails = ({ certificate }: { certificate: CertificateInfo }) => {
  const { t } = useTranslation('sync');
  return (
    <dl className="certificate" aria-label={t('certificate.title')}>
      <dt>{t('certificate.subject')}</dt>
      <dd>{certificate.subject}</dd>
      <dt>{t('certificate.issuer')}</dt>
      <dd>{certificate.issuer}</dd>
      <dt>{t('certificate.sha256')}</dt>
      <dd>
        <code>{certificate.sha256}</code>
      </dd>
    </dl>
  );
};
