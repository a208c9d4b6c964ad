import { useTranslation } from 'react-i18next';
import type { RequestStatus } from '../../../../shared/model/enums';

const TONE: Record<RequestStatus, string> = {
  received: 'badge',
  preparing: 'badge warn',
  recruiting: 'badge warn',
  filled: 'badge ok',
  in_progress: 'badge ok',
  closed: 'badge',
  cancelled: 'badge danger',
};

export const StatusBadge = ({ status }: { status: RequestStatus }) => {
  const { t } = useTranslation('requests');
  return <span className={TONE[status]}>{t(`status.${status}`)}</span>;
};
