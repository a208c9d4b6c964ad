import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { live } from '../../../db/records';
import { getServices } from '../../../db/services';
import { useBank } from '../../../store/bank';

/**
 * Everything the mandate screen shows, followed live: the mandate, its request, the
 * person (from the bank's index) and all her mandates (for the attestation).
 * `undefined` while loading.
 */
export const useMandateData = (id: string) => {
  const { db } = getServices();
  const ensureLoaded = useBank((s) => s.ensureLoaded);
  const index = useBank((s) => s.index);
  const bankStatus = useBank((s) => s.status);
  useEffect(() => void ensureLoaded(), [ensureLoaded]);
  const mandate = useLiveQuery(() => db.mandates.get(id), [db, id], null);
  const request = useLiveQuery(async () => (mandate ? db.requests.get(mandate.requestId) : undefined), [db, mandate?.requestId]);
  const partnerMandates = useLiveQuery(async () => {
    if (!mandate) return [];
    const ms = live(await db.mandates.where('partnerId').equals(mandate.partnerId).toArray());
    const reqs = await db.requests.bulkGet(ms.map((x) => x.requestId));
    return ms.flatMap((x, i) => {
      const r = reqs[i];
      return r && !r.deleted ? [{ mandate: x, request: r }] : [];
    });
  }, [db, mandate?.partnerId]);

  if (mandate === null || bankStatus !== 'ready' || partnerMandates === undefined) return undefined;
  return {
    mandate: mandate && !mandate.deleted ? mandate : null,
    request: request && !request.deleted ? request : undefined,
    partner: mandate ? index.get(mandate.partnerId) : undefined,
    partnerMandates,
  };
};
