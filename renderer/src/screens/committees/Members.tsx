import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getServices } from '../../db/services';
import { isSeated } from '../../../../shared/logic/committees';
import type { CommitteeMember } from '../../../../shared/model/committee';
import { partnerDisplayName, type Partner } from '../../../../shared/model/partner';
import { builtInId } from '../../../../shared/model/survey';
import { Section, TextField } from '../../components/Fields';
import { DataTable } from '../../components/DataTable';
import { RouteLink } from '../../components/RouteLink';
import { PartnerPicker } from '../../components/PartnerPicker';
import { todayIso, useFormat } from '../../i18n/format';
import { useUi } from '../../store/ui';
import { addMember, endMember, removeMember } from './actions';

/** Seats and terms: who sits now, who sat before, and seating someone new. */
export const Members = ({ committeeId, members, names }: { committeeId: string; members: CommitteeMember[]; names: Map<string, string> }) => {
  const { t } = useTranslation('engagement');
  const fmt = useFormat();
  const notify = useUi((s) => s.notify);
  const today = todayIso();
  const [chosen, setChosen] = useState<Partner>();
  const [term, setTerm] = useState({ start: today, end: '' });
  const [error, setError] = useState<string>();
  const name = (id: string) => names.get(id) ?? '—';
  const seatedIds = new Set(members.filter((m) => isSeated(m, today)).map((m) => m.partnerId));
  const sorted = [...members].sort((a, b) => b.termStart.localeCompare(a.termStart));

  const seat = async () => {
    if (!chosen) return;
    if (!term.start || (term.end && term.end < term.start)) {
      setError(t('members.termInvalid'));
      return;
    }
    setError(undefined);
    const who = partnerDisplayName(chosen);
    await addMember(getServices(), committeeId, chosen.id, who, term.start, term.end || undefined);
    notify('success', { key: 'members.added', ns: 'engagement', params: { name: who } });
    setChosen(undefined);
    setTerm({ start: today, end: '' });
  };

  return (
    <Section title={t('members.title')}>
      {sorted.length === 0 ? (
        <p className="muted">{t('members.empty')}</p>
      ) : (
        <DataTable
          caption={t('members.title')}
          rows={sorted}
          rowKey={(m) => m.id}
          columns={[
            { header: t('members.person'), cell: (m) => name(m.partnerId) },
            { header: t('members.termStart'), cell: (m) => fmt.shortDate(m.termStart) },
            { header: t('members.termEnd'), cell: (m) => (m.leftOn ? t('members.leftOn', { date: fmt.shortDate(m.leftOn) }) : fmt.shortDate(m.termEnd)) },
            {
              header: t('members.status'),
              cell: (m) => (isSeated(m, today) ? t('members.seated') : m.termStart > today ? t('members.upcoming') : t('members.past')),
            },
            {
              header: t('members.actions'),
              cell: (m) => {
                const seated = isSeated(m, today);
                return (
                  <>
                    {seated && (
                      <RouteLink to={{ name: 'surveyAnswer', id: builtInId('involvement'), about: { seat: m.id } }}>
                        {t('members.followUp', { name: name(m.partnerId) })}
                      </RouteLink>
                    )}{' '}
                    {seated && (
                      <button type="button" onClick={() => void endMember(getServices(), m, name(m.partnerId), today)}>
                        {t('members.end', { name: name(m.partnerId) })}
                      </button>
                    )}{' '}
                    <button type="button" className="link" onClick={() => void removeMember(getServices(), m, name(m.partnerId))}>
                      {t('members.remove', { name: name(m.partnerId) })}
                    </button>
                  </>
                );
              },
            },
          ]}
        />
      )}
      <h3>{t('members.addTitle')}</h3>
      {!chosen ? (
        <PartnerPicker label={t('members.find')} actionLabel={(n) => t('members.choose', { name: n })} exclude={seatedIds} onPick={setChosen} />
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void seat();
          }}
        >
          <p>
            <strong>{partnerDisplayName(chosen)}</strong>{' '}
            <button type="button" className="link" onClick={() => setChosen(undefined)}>
              {t('members.changePerson')}
            </button>
          </p>
          <div className="toolbar">
            <TextField label={t('members.termStart')} type="date" value={term.start} onChange={(start) => setTerm((x) => ({ ...x, start }))} required />
            <TextField label={t('members.termEnd')} type="date" value={term.end} onChange={(end) => setTerm((x) => ({ ...x, end }))} error={error} />
          </div>
          <button type="submit" className="primary">
            {t('members.seat')}
          </button>
        </form>
      )}
    </Section>
  );
};
