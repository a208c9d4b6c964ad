import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupStatus } from '../../../shared/bridge/channels/backup';
import { call } from '../bridge';
import { ago } from '../store/backupTime';

/** The local backup's state in one sentence (home screen, Settings). */
export const BackupStatusLine = ({ status }: { status?: BackupStatus | null }) => {
  const { t, i18n } = useTranslation('backup');
  const [own, setOwn] = useState<BackupStatus | null>(null);
  useEffect(() => {
    if (status !== undefined) return;
    let live = true;
    void call('backup.status', {})
      .then((s) => live && setOwn(s))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [status]);
  const s = status === undefined ? own : status;
  if (!s) return null;
  const lang = i18n.language === 'en' ? 'en' : 'fr';
  const main = !s.folder ? t('off') : s.lastBackupAt ? t('lastBackup', { when: ago(s.lastBackupAt, Date.now(), lang) }) : t('never');
  return (
    <p className="backup-status" role="status">
      {main}
      {s.lastError && <> {t('lastError', { reason: t(`errors.${s.lastError}`, { defaultValue: t('errors.backup_not_configured') }) })}</>}
    </p>
  );
};
