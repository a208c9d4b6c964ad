import { useLiveQuery } from 'dexie-react-hooks';
import type { IndicatorInputs } from '../../../../shared/logic/indicators';
import { getServices } from '../../app/services';
import { useOfficeSettings } from '../settings/useOfficeSettings';

/**
 * Everything the indicators read, kept live: a record saved anywhere updates the figures.
 * Committees, sessions and surveys are not in this database yet: their families show
 * "no data yet" until those tables exist.
 */
export const useIndicatorInputs = (): IndicatorInputs | undefined => {
  const settings = useOfficeSettings();
  const { db } = getServices();
  const data = useLiveQuery(async () => {
    const [partners, requests, mandates, candidacies] = await Promise.all([
      db.partners.toArray(),
      db.requests.toArray(),
      db.mandates.toArray(),
      db.candidacies.toArray(),
    ]);
    return { partners, requests, mandates, candidacies };
  }, [db]);
  return data && { ...data, settings };
};
