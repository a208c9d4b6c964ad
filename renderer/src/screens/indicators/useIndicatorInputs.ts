import { useLiveQuery } from 'dexie-react-hooks';
import type {
  CommitteeInput,
  CommitteeMemberInput,
  IndicatorInputs,
  SessionInput,
  SurveyInstrumentInput,
  SurveyResponseInput,
} from '../../../../shared/logic/indicators';
import { getServices } from '../../db/services';
import type { RelaisDb } from '../../db/db';
import { useOfficeSettings } from '../../store/officeSettings';

/**
 * The committees, sessions and surveys feature keeps its records in these tables. Until a
 * database declares them, their indicator families show "no data yet" (undefined), not 0.
 */
const optional = async <T>(db: RelaisDb, name: string): Promise<T[] | undefined> =>
  db.tables.some((t) => t.name === name) ? ((await db.table(name).toArray()) as T[]) : undefined;

/** Everything the indicators read, kept live: a record saved anywhere updates the figures. */
export const useIndicatorInputs = (): IndicatorInputs | undefined => {
  const settings = useOfficeSettings();
  const { db } = getServices();
  const data = useLiveQuery(async () => {
    const [partners, requests, mandates, candidacies, committees, committeeMembers, sessions, surveyInstruments, surveyResponses] = await Promise.all([
      db.partners.toArray(),
      db.requests.toArray(),
      db.mandates.toArray(),
      db.candidacies.toArray(),
      optional<CommitteeInput>(db, 'committees'),
      optional<CommitteeMemberInput>(db, 'committeeMembers'),
      optional<SessionInput>(db, 'sessions'),
      optional<SurveyInstrumentInput>(db, 'instruments'),
      optional<SurveyResponseInput>(db, 'surveyResponses'),
    ]);
    const extra = { committees, committeeMembers, sessions, surveyInstruments, surveyResponses };
    return { partners, requests, mandates, candidacies, ...Object.fromEntries(Object.entries(extra).filter(([, v]) => v !== undefined)) };
  }, [db]);
  return data && { ...data, settings };
};
