/** Pure time helpers of the local backup (no bridge, no DOM), shared by the schedule and the status line. */

/** Whether a scheduled backup is due: set up, and never done or older than its interval. */
export const backupDue = (s: { folder: string | null; protection: string | null; lastBackupAt: string | null; intervalHours: number }, now: number): boolean =>
  Boolean(s.folder && s.protection) && (s.lastBackupAt === null || now - Date.parse(s.lastBackupAt) >= s.intervalHours * 3_600_000);

/** "il y a 3 jours" / "3 days ago": the largest whole unit, in the interface language. */
export const ago = (iso: string, now: number, lang: 'fr' | 'en'): string => {
  const rtf = new Intl.RelativeTimeFormat(lang === 'en' ? 'en-CA' : 'fr-CA', { numeric: 'auto' });
  const minutes = Math.round((now - Date.parse(iso)) / 60_000);
  if (Math.abs(minutes) < 60) return rtf.format(-minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (Math.abs(hours) < 24) return rtf.format(-hours, 'hour');
  return rtf.format(-Math.floor(hours / 24), 'day');
};
