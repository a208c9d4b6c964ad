import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CandidacyStatus } from '../../../../shared/model/enums';
import { partnerDisplayName, type Partner } from '../../../../shared/model/partner';
import type { Candidacy, Mandate, PartnerRequest } from '../../../../shared/model/request';
import { label as refLabel, roles as refRoles } from '../../../../shared/reference';
import { expectedRole } from '../../../../shared/logic/matching';
import { Section, SelectField, TextField } from '../../components/Fields';
import { useFormat } from '../../i18n/format';
import { useUi } from '../../store/ui';
import { useBank } from '../../store/bank';
import { createMandate, markFilledIfComplete, removeFromShortlist, setCandidacyOutcome } from './actions';
import { RouteLink } from '../../components/RouteLink';
import { DataTable } from '../../components/DataTable';
import { getServices } from '../../db/services';

const Row = ({ request, candidacy, partner, mandate }: { request: PartnerRequest; candidacy: Candidacy; partner?: Partner; mandate?: Mandate }) => {
  const { t, i18n } = useTranslation('requests');
  const fmt = useFormat();
  const notify = useUi((s) => s.notify);
  const navigate = useUi((s) => s.navigate);
  const lang = i18n.language === 'en' ? 'en' : 'fr';
  const [status, setStatus] = useState<CandidacyStatus>(candidacy.status);
  const [reason, setReason] = useState(candidacy.declineReason ?? '');
  const name = partner ? partnerDisplayName(partner) : t('unknownPerson');
  const dirty = status !== candidacy.status || (status === 'declined' && reason !== (candidacy.declineReason ?? ''));

  const save = async () => {
    await setCandidacyOutcome(getServices(), candidacy, status, reason);
    if (status === 'accepted' && partner && !mandate) {
      const role = expectedRole(request);
      const roleItem = refRoles.find((r) => r.id === role);
      const hours = request.hoursExpected === undefined ? '' : t('mandate.hoursCommitment', { hours: fmt.number(request.hoursExpected, 1) });
      await createMandate(getServices(), request, partner, {
        role: roleItem ? refLabel(roleItem, lang) : '',
        // The frequency goes to the mandate's schedule (createMandate): written once on the sheet.
        commitment: hours,
      });
      notify('success', { key: 'shortlist.mandateCreated', ns: 'requests', params: { name } });
      if (await markFilledIfComplete(getServices(), request.id)) notify('info', { key: 'shortlist.allFilled', ns: 'requests' });
    } else {
      notify('success', { key: 'shortlist.saved', ns: 'requests', params: { name } });
    }
  };

  return (
    <tr>
      <td data-label={t('match.person')}>
        <RouteLink to={{ name: 'partner', id: candidacy.partnerId }}>{name}</RouteLink>
      </td>
      <td data-label={t('shortlist.contacted')}>{fmt.shortDate(candidacy.contactedAt)}</td>
      <td data-label={t('shortlist.outcome')}>
        <SelectField
          label={t('shortlist.outcomeFor', { name })}
          value={status}
          onChange={(v) => setStatus(v as CandidacyStatus)}
          options={CandidacyStatus.options.map((s) => ({ value: s, label: t(`candidacy.${s}`) }))}
        />
        {status === 'declined' && <TextField label={t('shortlist.reasonFor', { name })} value={reason} onChange={setReason} />}
      </td>
      {/* The row is rebuilt after a save; focus goes to its next action (the mandate, or removal). */}
      <td data-focus-key={`candidacy:${candidacy.id}`} data-label={t('match.action')}>
        <div className="actions">
          <button type="button" className="primary" disabled={!dirty} aria-label={t('shortlist.save', { name })} onClick={() => void save()}>
            {t('shortlist.saveShort')}
          </button>
          {mandate ? (
            <button type="button" aria-label={t('shortlist.openMandate', { name })} onClick={() => navigate({ name: 'mandate', id: mandate.id })}>
              {t('shortlist.openMandateShort')}
            </button>
          ) : (
            candidacy.status === 'shortlisted' && (
              <button type="button" aria-label={t('shortlist.remove', { name })} onClick={() => void removeFromShortlist(getServices(), candidacy.id)}>
                {t('shortlist.removeShort')}
              </button>
            )
          )}
        </div>
      </td>
    </tr>
  );
};

/** The people asked, what they answered, and the seats filled. */
export const Shortlist = ({ request, candidacies, mandates }: { request: PartnerRequest; candidacies: Candidacy[]; mandates: Mandate[] }) => {
  const { t } = useTranslation('requests');
  const { index } = useBank();
  const accepted = candidacies.filter((c) => c.status === 'accepted').length;
  return (
    <Section title={t('shortlist.title')}>
      <p>
        <strong>{t('shortlist.seats')}</strong> {/* A status, not a plain span: its name is read, and a seat filled is announced. */}
        <span role="status" aria-label={t('shortlist.seatsLabel')}>
          {t('seatsValue', { filled: accepted, wanted: request.seats })}
        </span>
      </p>
      {candidacies.length === 0 ? (
        <p className="muted">{t('shortlist.empty')}</p>
      ) : (
        <DataTable
          caption={t('shortlist.title')}
          rows={candidacies}
          // The key carries the stamp so a row's form restarts from what was saved.
          rowKey={(c) => `${c.id}-${c.stamp}`}
          columns={[t('match.person'), t('shortlist.contacted'), t('shortlist.outcome'), t('match.action')].map((header) => ({ header, cell: () => null }))}
          renderRow={(c) => (
            <Row request={request} candidacy={c} partner={index.get(c.partnerId)} mandate={mandates.find((m) => m.partnerId === c.partnerId)} />
          )}
        />
      )}
    </Section>
  );
};
