import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fold } from '../../../shared/logic/text';
import { partnerDisplayName, type Partner } from '../../../shared/model/partner';
import { getServices } from '../db/services';
import { TextField } from './Fields';

/** Names of everyone in the bank, for lists that show people by name (attendance, seats). */
export const usePartnerNames = (): Map<string, string> | undefined =>
  useLiveQuery(async () => {
    const names = new Map<string, string>();
    for (const p of await getServices().db.partners.toArray()) if (!p.deleted) names.set(p.id, p.anonymised ? '—' : partnerDisplayName(p));
    return names;
  }, []);

/**
 * Finds a person of the bank by name (accents and case ignored) and offers a button per
 * match, named after the action, so a screen reader says what choosing does.
 */
export const PartnerPicker = ({
  label,
  actionLabel,
  exclude,
  onPick,
}: {
  label: string;
  actionLabel(name: string): string;
  exclude?: ReadonlySet<string>;
  onPick(p: Partner): void;
}) => {
  const { t } = useTranslation('engagement');
  const [query, setQuery] = useState('');
  const partners = useLiveQuery(async () => (await getServices().db.partners.toArray()).filter((p) => !p.deleted && !p.anonymised && !p.archived), []);
  const matches = useMemo(() => {
    const q = fold(query.trim());
    if (q.length < 2 || !partners) return [];
    return partners
      .filter((p) => !exclude?.has(p.id) && fold(partnerDisplayName(p)).includes(q))
      .sort((a, b) => partnerDisplayName(a).localeCompare(partnerDisplayName(b)))
      .slice(0, 8);
  }, [query, partners, exclude]);
  return (
    <div className="picker">
      <TextField label={label} type="search" value={query} onChange={setQuery} hint={t('picker.hint')} />
      {query.trim().length >= 2 && matches.length === 0 && <p className="muted">{t('picker.none')}</p>}
      {matches.length > 0 && (
        <ul className="picker-results">
          {matches.map((p) => (
            <li key={p.id}>
              <button
                type="button"
                onClick={() => {
                  onPick(p);
                  setQuery('');
                }}
              >
                {actionLabel(partnerDisplayName(p))}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
};
