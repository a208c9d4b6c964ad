import { useLiveQuery } from 'dexie-react-hooks';
import { defaultOfficeSettings, type OfficeSettingsFields } from '../../../../shared/model/settings';
import { getServices } from '../../app/services';

export const SETTINGS_ID = 'office-settings';

/** The office's settings, or defaults until the coordinator saves them. */
export const useOfficeSettings = (): OfficeSettingsFields => {
  const { db } = getServices();
  const saved = useLiveQuery(() => db.settings.get(SETTINGS_ID), []);
  return saved && !saved.deleted ? saved : defaultOfficeSettings();
};
