import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { communityYear } from '../../../../shared/logic/community';
import { getServices } from '../../db/services';
import { Section, TextField } from '../../components/Fields';
import { PartnerPicker, usePartnerNames } from '../../components/PartnerPicker';
import { RouteLink } from '../../components/RouteLink';
import { live } from '../../db/records';
import { todayIso, useFormat } from '../../i18n/format';
import { useUi } from '../../store/ui';

const EMPTY = { date: '', themes: '', place: '', notes: '' };

/** The partners' community of practice: its meetings, themes and attendance, and how many stay active. */
export const CommunityScreen = () => {
  const { t } = useTranslation('engagement');
  const fmt = useFormat();
  const notify = useUi((s) => s.notify);
  const names = usePartnerNames();
  const today = todayIso();
  const { db, records } = getServices();
  const meetings = useLiveQuery(async () => live(await db.copMeetings.toArray()).sort((a, b) => b.date.localeCompare(a.date)), []);
  const [v, setV] = useState({ ...EMPTY, date: today });
  const [present, setPresent] = useState<string[]>([]);
  const [error, setError] = useState<string>();
  const set = (k: keyof typeof EMPTY) => (value: string) => setV((x) => ({ ...x, [k]: value }));
  const year = communityYear(meetings ?? [], today);
  const name = (id: string) => names?.get(id) ?? '—';

  const save = async () => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(v.date)) {
      setError(t('community.dateRequired'));
      return;
    }
    setError(undefined);
    await records.save('copMeetings', {
      date: v.date,
      themes: v.themes
        .split('\n')
        .map((x) => x.trim())
        .filter(Boolean),
      place: v.place.trim() || undefined,
      notes: v.notes.trim() || undefined,
      attendeeIds: present,
      journal: [{ at: new Date().toISOString(), event: 'created' }],
    });
    notify('success', { key: 'community.saved', ns: 'engagement' });
    setV({ ...EMPTY, date: today });
    setPresent([]);
  };

  return (
    <div className="screen">
      <p>
        <RouteLink to={{ name: 'sessions' }}>{t('community.back')}</RouteLink>
      </p>
      <h1>{t('community.title')}</h1>
      <section className="card" aria-labelledby="cop-year">
        <h2 id="cop-year">{t('community.yearTitle')}</h2>
        <p role="status" aria-label={t('community.yearTitle')}>
          {t('community.yearValue', { meetings: fmt.number(year.meetings), members: fmt.number(year.activeMembers) })}
        </p>
        <p className="hint">{t('community.activeHint')}</p>
      </section>
      <Section title={t('community.meetingsTitle')}>
        {meetings && meetings.length === 0 && <p className="muted">{t('community.empty')}</p>}
        <ul>
          {(meetings ?? []).map((m) => (
            <li key={m.id}>
              <strong>{fmt.date(m.date)}</strong>
              {m.place ? ` · ${m.place}` : ''} — {t('community.attendedBy', { count: m.attendeeIds.length })}
              {m.themes.length > 0 && <div>{t('community.themeLine', { themes: m.themes.join(' · ') })}</div>}
              {m.attendeeIds.length > 0 && <div className="muted">{m.attendeeIds.map(name).join(', ')}</div>}
              {m.notes && <div className="muted">{m.notes}</div>}
              <button type="button" className="link" onClick={() => void records.remove('copMeetings', m.id)}>
                {t('community.delete', { date: fmt.shortDate(m.date) })}
              </button>
            </li>
          ))}
        </ul>
      </Section>
      <Section title={t('community.addTitle')}>
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <TextField label={t('community.date')} type="date" value={v.date} onChange={set('date')} required error={error} />
          <TextField label={t('community.themes')} value={v.themes} onChange={set('themes')} multiline hint={t('community.themesHint')} />
          <TextField label={t('community.place')} value={v.place} onChange={set('place')} />
          <h3>{t('community.attendees')}</h3>
          {present.length > 0 && (
            <ul aria-label={t('community.attendees')}>
              {present.map((id) => (
                <li key={id}>
                  {name(id)}{' '}
                  <button type="button" className="link" onClick={() => setPresent((xs) => xs.filter((x) => x !== id))}>
                    {t('community.remove', { name: name(id) })}
                  </button>
                </li>
              ))}
            </ul>
          )}
          <PartnerPicker
            label={t('community.find')}
            actionLabel={(n) => t('community.add', { name: n })}
            exclude={new Set(present)}
            onPick={(p) => setPresent((xs) => [...xs, p.id])}
          />
          <TextField label={t('community.notes')} value={v.notes} onChange={set('notes')} multiline />
          <button type="submit" className="primary">
            {t('community.save')}
          </button>
        </form>
      </Section>
    </div>
  );
};
