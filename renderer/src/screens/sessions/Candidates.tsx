import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { partnerDisplayName } from '../../../../shared/model/partner';
import type { TrainingSession } from '../../../../shared/model/training';
import { getServices } from '../../db/services';
import { Section, TextField } from '../../components/Fields';
import { RouteLink } from '../../components/RouteLink';
import { useUi } from '../../store/ui';
import { addCandidates } from './actions';

const EMPTY = { firstName: '', lastName: '', phone: '', email: '' };

/** The people the session brought in, and a quick form to add them to the pipeline. */
export const Candidates = ({ session }: { session: TrainingSession }) => {
  const { t } = useTranslation('engagement');
  const notify = useUi((s) => s.notify);
  const [v, setV] = useState(EMPTY);
  const [error, setError] = useState<string>();
  const people = useLiveQuery(
    async () =>
      (
        await getServices()
          .db.partners.filter((p) => p.sourceSessionId === session.id && !p.deleted)
          .toArray()
      ).sort((a, b) => partnerDisplayName(a).localeCompare(partnerDisplayName(b))),
    [session.id],
  );
  const set = (k: keyof typeof EMPTY) => (value: string) => setV((x) => ({ ...x, [k]: value }));
  const add = async () => {
    if (!v.firstName.trim() && !v.lastName.trim()) {
      setError(t('candidates.nameRequired'));
      return;
    }
    if (v.email.trim() && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(v.email.trim())) {
      setError(t('candidates.emailInvalid'));
      return;
    }
    setError(undefined);
    const p = { firstName: v.firstName.trim(), lastName: v.lastName.trim(), phone: v.phone.trim() || undefined, email: v.email.trim() || undefined };
    await addCandidates(getServices(), session, [p]);
    notify('success', { key: 'candidates.added', ns: 'engagement', params: { name: `${p.firstName} ${p.lastName}`.trim() } });
    setV(EMPTY);
  };
  return (
    <Section title={t('candidates.title')}>
      {people && people.length === 0 && <p className="muted">{t('candidates.empty')}</p>}
      {people && people.length > 0 && (
        <ul aria-label={t('candidates.title')}>
          {people.map((p) => (
            <li key={p.id}>
              <RouteLink to={{ name: 'partner', id: p.id }}>{partnerDisplayName(p)}</RouteLink>
            </li>
          ))}
        </ul>
      )}
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        <h3>{t('candidates.addTitle')}</h3>
        <p className="hint">{t('candidates.hint')}</p>
        <div className="toolbar">
          <TextField label={t('candidates.firstName')} value={v.firstName} onChange={set('firstName')} error={error} />
          <TextField label={t('candidates.lastName')} value={v.lastName} onChange={set('lastName')} />
          <TextField label={t('candidates.phone')} type="tel" value={v.phone} onChange={set('phone')} />
          <TextField label={t('candidates.email')} type="email" value={v.email} onChange={set('email')} />
        </div>
        <button type="submit">{t('candidates.add')}</button>
      </form>
    </Section>
  );
};
