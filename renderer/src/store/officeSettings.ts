import { useLiveQuery } from 'dexie-react-hooks';
import { defaultOfficeSettings, type OfficeSettingsFields } from '../../../shared/model/settings';
import { getServices } from '../db/services';

export const SETTINGS_ID = 'office-settings';

// One stable object, so screens that copy settings into a form do not reset it on every render.
const DEFAULTS: OfficeSettingsFields = Object.freeze(defaultOfficeSettings());

/** The office's settings, or defaults until the coordinator saves them. */
export const useOfficeSettings = (): OfficeSettingsFields => {
  const { db } = getServices();
  const saved = useLiveQuery(() => db.settings.get(SETTINGS_ID), []);
  return saved && !saved.deleted ? saved : DEFAULTS;
};
