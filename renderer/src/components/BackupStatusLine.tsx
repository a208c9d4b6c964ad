import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupStatus } from '../../../shared/bridge/channels/backup';
import { call } from '../bridge';
import { locale } from '../i18n';

/** "il y a 3 jours" / "3 days ago": the largest whole unit, in the interface language. */
export const ago = (iso: string, now: number, lang: 'fr' | 'en'): string => {
  const rtf = new Intl.RelativeTimeFormat(locale(lang), { numeric: 'auto' });
  const minutes = Math.round((now - Date.parse(iso)) / 60_000);
  if (Math.abs(minutes) < 60) return rtf.format(-minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (Math.abs(hours) < 24) return rtf.format(-hours, 'hour');
  return rtf.format(-Math.floor(hours / 24), 'day');
};

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
      {s.lastError && (
        <>
          {' '}
          {t('lastError', { reason: t(`errors.${s.lastError}`, { defaultValue: t('errors.backup_not_configured') }) })}
        </>
      )}
    </p>
  );
};
