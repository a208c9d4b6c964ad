import { useTranslation } from 'react-i18next';
import type { CertificateInfo } from '../../../../shared/bridge/channels/sync';

/**
 * Whose certificate the WebDAV inbox's server showed when it was not trusted, in the sync
 * screen's words (same namespace): central IT compares the fingerprint with theirs.
 */
export const ServerCertificate = ({ certificate }: { certificate: CertificateInfo }) => {
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
