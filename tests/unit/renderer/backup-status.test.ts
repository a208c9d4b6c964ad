import { describe, expect, it } from 'vitest';
import { ago, backupDue } from '../../../renderer/src/store/backupTime';

const NOW = Date.UTC(2026, 10, 27, 15, 0);
const hoursAgo = (h: number) => new Date(NOW - h * 3_600_000).toISOString();

describe('the local backup status', () => {
  it('says how long ago the last backup was, in both languages', () => {
    expect(ago(hoursAgo(72), NOW, 'fr')).toBe('il y a 3 jours');
    expect(ago(hoursAgo(72), NOW, 'en')).toBe('3 days ago');
    expect(ago(hoursAgo(26), NOW, 'fr')).toBe('hier');
    expect(ago(hoursAgo(5), NOW, 'fr')).toBe('il y a 5 heures');
    expect(ago(new Date(NOW - 12 * 60_000).toISOString(), NOW, 'en')).toBe('12 minutes ago');
  });

  it('runs a scheduled backup only when set up and older than its interval', () => {
    const set = { folder: '/media/usb', protection: 'passphrase', intervalHours: 24 };
    expect(backupDue({ ...set, lastBackupAt: null }, NOW)).toBe(true);
    expect(backupDue({ ...set, lastBackupAt: hoursAgo(23) }, NOW)).toBe(false);
    expect(backupDue({ ...set, lastBackupAt: hoursAgo(24) }, NOW)).toBe(true);
    expect(backupDue({ ...set, folder: null, lastBackupAt: null }, NOW)).toBe(false);
    expect(backupDue({ ...set, protection: null, lastBackupAt: null }, NOW)).toBe(false);
  });
});
