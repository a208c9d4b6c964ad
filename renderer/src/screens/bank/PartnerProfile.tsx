import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConsentKind, PipelineStep } from '../../../../shared/model/enums';
import { partnerDisplayName, spokenLanguages, type Partner } from '../../../../shared/model/partner';
import { getServices } from '../../db/services';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Section, SelectField, TextField } from '../../components/Fields';
import { todayIso, useFormat } from '../../i18n/format';
import { useUi } from '../../store/ui';
import { RouteLink } from '../../components/RouteLink';
import { PartnerEngagements } from '../../components/PartnerEngagements';
import { useOfficeSettings } from '../../store/officeSettings';
import { EMPTY_LOAD, followUpReason, isOverSolicited } from '../../../../shared/logic/load';
import { useBank } from '../../store/bank';
import { deletePartner, moveStep, setArchived, withdrawConsent } from './actions';
import { options, sectorText } from '../../components/labels';
import { ContactLog } from './ContactLog';

const Pipeline = ({ partner }: { partner: Partner }) => {
  const { t } = useTranslation('bank');
  const fmt = useFormat();
  const notify = useUi((s) => s.notify);
  const settings = useOfficeSettings();
  const [to, setTo] = useState<PipelineStep>(partner.step);
  const [reason, setReason] = useState('');
  return (
    <Section title={t('profile.pipeline')}>
      <p>
        <strong>{t('colon', { ns: 'common', label: t('profile.currentStep') })}</strong> <span className="badge">{t(`steps.${partner.step}`)}</span>
        {partner.step === 'inactive' && partner.inactiveReason ? ` — ${partner.inactiveReason}` : ''}
      </p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void moveStep(getServices(), partner.id, to, reason.trim() || undefined, settings.coordinator || undefined).then(() => {
            setReason('');
            notify('success', t('profile.moved', { step: t(`steps.${to}`) }));
          });
        }}
      >
        <div className="toolbar">
          <SelectField label={t('profile.moveTo')} value={to} onChange={(v) => setTo(v as PipelineStep)} options={options(t, 'steps', PipelineStep.options)} />
          <TextField label={t('profile.moveReason')} value={reason} onChange={setReason} />
          <button type="submit" disabled={to === partner.step}>
            {t('profile.move')}
          </button>
        </div>
      </form>
      <h3>{t('profile.history')}</h3>
      <ol>
        {[...partner.history].reverse().map((h, i) => (
          <li key={`${h.at}-${i}`}>
            {h.from
              ? t('profile.historyLine', { date: fmt.dateTime(h.at), from: t(`steps.${h.from}`), to: t(`steps.${h.to}`) })
              : t('profile.historyFirst', { date: fmt.dateTime(h.at), to: t(`steps.${h.to}`) })}
            {h.reason ? ` — ${h.reason}` : ''}
            {h.by ? ` (${h.by})` : ''}
          </li>
        ))}
      </ol>
    </Section>
  );
};

/** The person's engagements, so her history is in one place for a successor. */
const PartnerMandates = ({ partnerId }: { partnerId: string }) => {
  const { t } = useTranslation('bank');
  const fmt = useFormat();
  const { db } = getServices();
  const rows = useLiveQuery(async () => {
    const mandates = (await db.mandates.where('partnerId').equals(partnerId).toArray()).filter((m) => !m.deleted);
    const requests = await db.requests.bulkGet(mandates.map((m) => m.requestId));
    return mandates
      .map((m, i) => ({ m, title: requests[i]?.title ?? '—', hours: m.hours.reduce((a, h) => a + h.hours, 0) }))
      .sort((a, b) => (b.m.startDate ?? '').localeCompare(a.m.startDate ?? ''));
  }, [partnerId]);
  return (
    <Section title={t('profile.mandates')}>
      {rows && rows.length === 0 && <p className="muted">{t('profile.noMandates')}</p>}
      {rows && rows.length > 0 && (
        <ul>
          {rows.map(({ m, title, hours }) => (
            <li key={m.id}>
              <RouteLink to={{ name: 'mandate', id: m.id }}>{title}</RouteLink> — {m.role || '—'} · {fmt.shortDate(m.startDate)} → {fmt.shortDate(m.endDate)} ·{' '}
              {t(`mandateStatus.${m.status}`)} · {t('profile.hours', { hours: fmt.number(hours, 1) })}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
};

/** Why this person needs attention, in words: the same signals as the bank list, with their reason. */
const Alerts = ({ partner }: { partner: Partner }) => {
  const { t } = useTranslation('bank');
  const fmt = useFormat();
  const settings = useOfficeSettings();
  const { loads, ensureLoaded } = useBank();
  useEffect(() => void ensureLoaded(), [ensureLoaded]);
  const load = loads.get(partner.id) ?? EMPTY_LOAD;
  const followUp = followUpReason(partner, todayIso(), settings.followUpMonths);
  const missing = [
    !(partner.phone || partner.email || partner.address) && t('profile.missingContact'),
    !partner.consents.bank?.given && t('profile.missingBankConsent'),
  ].filter((x): x is string => Boolean(x));
  const lines = [
    isOverSolicited(load, settings) &&
      t('profile.overSolicited', {
        mandates: [t('mandateCount', { count: load.activeMandates }), load.committeeSeats ? t('seatCount', { count: load.committeeSeats }) : '']
          .filter(Boolean)
          .join(', '),
        hours: fmt.number(load.hours12m, 1),
      }),
    followUp === 'no_contact' && t('profile.followUpNoContact', { months: settings.followUpMonths }),
    followUp === 'next_step_due' && t('profile.followUpNextStep', { date: fmt.date(partner.nextStepAt) }),
    partner.draft && missing.length > 0 && t('profile.draftMissing', { missing: missing.join(', ') }),
  ].filter((x): x is string => Boolean(x));
  if (lines.length === 0) return null;
  return (
    <ul className="alerts" aria-label={t('profile.alerts')}>
      {lines.map((l) => (
        <li key={l}>{l}</li>
      ))}
    </ul>
  );
};

export const PartnerProfile = ({ id }: { id: string }) => {
  const { t, i18n } = useTranslation('bank');
  const lang = i18n.language === 'en' ? 'en' : 'fr';
  const fmt = useFormat();
  const navigate = useUi((s) => s.navigate);
  const notify = useUi((s) => s.notify);
  const settings = useOfficeSettings();
  const { db } = getServices();
  const partner = useLiveQuery(() => db.partners.get(id), [id]);
  const [dialog, setDialog] = useState<'none' | 'withdraw' | 'delete'>('none');
  const [withdrawMode, setWithdrawMode] = useState<'anonymise' | 'delete'>('anonymise');

  if (partner === undefined) return <p>{t('loading', { ns: 'common' })}</p>;
  if (!partner || partner.deleted) {
    return (
      <div className="screen">
        <h1>{t('profile.notFound')}</h1>
        <button type="button" onClick={() => navigate({ name: 'bank' })}>
          {t('profile.backToBank')}
        </button>
      </div>
    );
  }
  const name = partner.anonymised ? t('profile.anonymised') : partnerDisplayName(partner);
  const list = (xs: string[], group: string, empty: string) => xs.map((x) => t(`${group}.${x}`)).join(', ') || t(`profile.empty.${empty}`);

  return (
    <div className="screen">
      <p>
        <RouteLink to={{ name: 'bank' }}>{t('profile.backToBank')}</RouteLink>
      </p>
      <h1>
        {name} {partner.title ? <span className="muted">({partner.title})</span> : null}
      </h1>
      <p>
        <span className="badge">{t(`steps.${partner.step}`)}</span> {partner.draft && <span className="badge warn">{t('draft')}</span>}{' '}
        {partner.archived && <span className="badge">{t('archived')}</span>}{' '}
        {partner.dualRoles.map((d) => (
          <span key={d} className="badge warn">
            {t(`dualRoles.${d}`)}
          </span>
        ))}
      </p>
      <Alerts partner={partner} />
      {!partner.anonymised && (
        <div className="actions">
          <button type="button" className="primary" onClick={() => navigate({ name: 'partnerEdit', id: partner.id })}>
            {t('profile.edit')}
          </button>
          <button
            type="button"
            onClick={() =>
              void setArchived(getServices(), partner.id, !partner.archived).then(() =>
                notify('success', partner.archived ? t('profile.unarchivedNotice') : t('profile.archivedNotice')),
              )
            }
          >
            {partner.archived ? t('profile.unarchive') : t('profile.archive')}
          </button>
          <button type="button" onClick={() => setDialog('withdraw')}>
            {t('profile.withdraw')}
          </button>
          <button type="button" className="danger" onClick={() => setDialog('delete')}>
            {t('profile.delete')}
          </button>
        </div>
      )}
      <div className="grid-2">
        <Section title={t('profile.contact')}>
          {partner.phone || partner.email || partner.address || partner.community ? (
            <ul>
              {partner.phone && <li>{partner.phone}</li>}
              {partner.email && <li>{partner.email}</li>}
              {partner.address && <li>{partner.address}</li>}
              {partner.community && <li>{partner.community}</li>}
            </ul>
          ) : (
            <p className="muted">{t('profile.noContactInfo')}</p>
          )}
          <p>
            {spokenLanguages(partner)
              .map((l) => t(`languages.${l}`))
              .join(', ')}
            {partner.languageOther ? ` (${partner.languageOther})` : ''}
            {partner.interpreter ? ` — ${t('profile.interpreterNeeded')}` : ''}
          </p>
        </Section>
        <Section title={t('profile.participation')}>
          <p>{list(partner.participation, 'participation', 'participation')}</p>
          {partner.availabilityNote && <p>{partner.availabilityNote}</p>}
          {partner.availability.length > 0 && <p>{partner.availability.map((s) => `${t(`days.${s.day}`)} ${t(`periods.${s.period}`)}`).join(', ')}</p>}
        </Section>
        <Section title={t('profile.experience')}>
          {partner.caregiver && <p>{t('profile.caregiverYes')}</p>}
          <p>
            <strong>{t('colon', { ns: 'common', label: t('form.sectors') })}</strong> {sectorText(partner.sectors, lang) || t('profile.empty.sectors')}
          </p>
          <p>
            <strong>{t('colon', { ns: 'common', label: t('form.trajectories') })}</strong> {partner.trajectories.join(', ') || t('profile.empty.trajectories')}
          </p>
          {partner.sharedExperiences.length > 0 && (
            <p>
              <strong>{t('colon', { ns: 'common', label: t('form.sharedExperiences') })}</strong> {partner.sharedExperiences.join(', ')}
            </p>
          )}
        </Section>
        <Section title={t('profile.rolesLevels')}>
          <p>{list(partner.roles, 'roles', 'roles')}</p>
          <p>{list(partner.levels, 'levels', 'levels')}</p>
          <h3>{t('form.trainingsTitle')}</h3>
          {partner.trainings.length === 0 ? (
            <p className="muted">{t('form.noTrainings')}</p>
          ) : (
            <ul>
              {partner.trainings.map((tr, i) => (
                <li key={i}>
                  {tr.title} — {fmt.date(tr.date)}
                </li>
              ))}
            </ul>
          )}
        </Section>
        <Section title={t('profile.consents')}>
          <ul>
            {ConsentKind.options.map((k) => {
              const c = partner.consents[k];
              return (
                <li key={k}>
                  <strong>{t('colon', { ns: 'common', label: t(`consentKinds.${k}`) })}</strong>{' '}
                  {c
                    ? `${t('profile.consentLine', { state: t(`consentState.${c.given ? 'given' : 'refused'}`), date: fmt.date(c.date), method: t(`consentMethods.${c.method}`) })}${c.expires ? ` — ${t('profile.consentExpires', { date: fmt.date(c.expires) })}` : ''}`
                    : t('consentState.unknown')}
                </li>
              );
            })}
          </ul>
        </Section>
        <Section title={t('profile.dual')}>
          {partner.dualRoles.length === 0 ? <p className="muted">{t('profile.noDual')}</p> : <p>{list(partner.dualRoles, 'dualRoles', 'dual')}</p>}
          {partner.dualRoleNote && <p>{partner.dualRoleNote}</p>}
        </Section>
      </div>
      {partner.notes && (
        <Section title={t('profile.notes')}>
          <p style={{ whiteSpace: 'pre-wrap' }}>{partner.notes}</p>
        </Section>
      )}
      <PartnerMandates partnerId={partner.id} />
      <PartnerEngagements partnerId={partner.id} />
      <Pipeline partner={partner} />
      {!partner.anonymised && <ContactLog partner={partner} />}
      <ConfirmDialog
        open={dialog === 'withdraw'}
        title={t('profile.withdrawTitle')}
        body={t('profile.withdrawBody')}
        confirmLabel={t('profile.withdrawConfirm')}
        danger
        onCancel={() => setDialog('none')}
        onConfirm={() => {
          setDialog('none');
          void withdrawConsent(getServices(), partner.id, withdrawMode, settings.coordinator || undefined).then(() => {
            notify('success', { key: 'profile.withdrawn', ns: 'bank' });
            if (withdrawMode === 'delete') navigate({ name: 'bank' });
          });
        }}
      >
        <fieldset className="checkbox-group">
          <legend>{t('profile.withdraw')}</legend>
          {(['anonymise', 'delete'] as const).map((m) => (
            <label key={m} className="check">
              <input type="radio" name="withdraw-mode" checked={withdrawMode === m} onChange={() => setWithdrawMode(m)} />
              {m === 'anonymise' ? t('profile.withdrawAnonymise') : t('profile.withdrawDelete')}
            </label>
          ))}
        </fieldset>
      </ConfirmDialog>
      <ConfirmDialog
        open={dialog === 'delete'}
        title={t('profile.deleteTitle')}
        body={t('profile.deleteBody')}
        confirmLabel={t('profile.deleteConfirm')}
        danger
        onCancel={() => setDialog('none')}
        onConfirm={() => {
          setDialog('none');
          void deletePartner(getServices(), partner.id).then(() => {
            notify('success', { key: 'profile.deleted', ns: 'bank' });
            navigate({ name: 'bank' });
          });
        }}
      />
    </div>
  );
};
