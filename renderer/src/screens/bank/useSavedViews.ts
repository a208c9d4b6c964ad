import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { ulid } from 'ulid';
import { PartnerQuery, SavedView } from '../../../../shared/logic/partner-query';
import { getServices } from '../../db/services';

/** Saved views live on this laptop only; a query from an older version is validated and completed. */
export const useSavedViews = () => {
  const { db } = getServices();
  const rows = useLiveQuery(() => db.views.toArray(), []);
  // Parsed once per change of the stored views, not on every render of the bank screen.
  const views = useMemo(
    () =>
      (rows ?? []).flatMap((r) => {
        const parsed = SavedView.safeParse(r);
        return parsed.success ? [parsed.data] : [];
      }),
    [rows],
  );
  // The same object while the views stay the same: the bank screen's memoised parts keep it.
  return useMemo(
    () => ({
      views,
      async save(name: string, query: PartnerQuery): Promise<string> {
        const id = `view:${ulid()}`;
        await db.views.put({ id, name, query: PartnerQuery.parse(query) });
        return id;
      },
      async remove(id: string) {
        await db.views.delete(id);
      },
    }),
    [views, db],
  );
};
