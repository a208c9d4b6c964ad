import { useLiveQuery } from 'dexie-react-hooks';
import type { MergedRecords } from '../../../../shared/logic/indicators';
import { unscopeId } from '../../../../shared/sync/office-scoped';
import type { RelaisDb } from '../../db/db';
import type { OfficeRow } from '../../db/receive-rows';
import { getServices } from '../../db/services';

/**
 * Tables of the committees, sessions and surveys feature, read only when this database
 * declares them (as the office's Indicators screen does): absent, their families read
 * "no data yet", not zero.
 */
const optional = async <T>(db: RelaisDb, name: string): Promise<T[] | undefined> =>
  db.tables.some((t) => t.name === name) ? ((await db.table(name).toArray()) as T[]) : undefined;

export interface RollupData {
  records: MergedRecords;
  offices: OfficeRow[];
}

/** Every merged record the roll-up reads, kept live: a bundle merged updates the figures. */
export const useRollupData = (): RollupData | undefined => {
  const { db } = getServices();
  return useLiveQuery(async () => {
    const [partners, requests, mandates, candidacies, offices, committees, committeeMembers, sessions, surveyInstruments, surveyResponses] = await Promise.all([
      db.partners.toArray(),
      db.requests.toArray(),
      db.mandates.toArray(),
      db.candidacies.toArray(),
      db.offices.toArray(),
      optional<NonNullable<MergedRecords['committees']>[number]>(db, 'committees'),
      optional<NonNullable<MergedRecords['committeeMembers']>[number]>(db, 'committeeMembers'),
      optional<NonNullable<MergedRecords['sessions']>[number]>(db, 'sessions'),
      optional<NonNullable<MergedRecords['surveyInstruments']>[number]>(db, 'instruments'),
      optional<NonNullable<MergedRecords['surveyResponses']>[number]>(db, 'surveyResponses'),
    ]);
    // An edited built-in grid is held once per office under a namespaced id; its answers name
    // the plain id, and the split by office gives each office its own copy.
    const instruments = surveyInstruments?.map((i) => ({ ...i, id: unscopeId(i.id) }));
    const extra = { committees, committeeMembers, sessions, surveyInstruments: instruments, surveyResponses };
    const records: MergedRecords = {
      partners,
      requests,
      mandates,
      candidacies,
      ...Object.fromEntries(Object.entries(extra).filter(([, v]) => v !== undefined)),
    };
    return { records, offices };
  }, [db]);
};
