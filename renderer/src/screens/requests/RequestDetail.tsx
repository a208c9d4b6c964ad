import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RequestStatus } from '../../../../shared/model/enums';
import { partnerDisplayName } from '../../../../shared/model/partner';
import type { Mandate, PartnerRequest, Readiness } from '../../../../shared/model/request';
import { contexts, label as refLabel, sectorLabel } from '../../../../shared/reference';
import { getServices } from '../../db/services';
import { Checkbox, Section, SelectField, TextField } from '../../components/Fields';
import { useFormat } from '../../i18n/format';
import { useUi } from '../../store/ui';
import { useBank } from '../../store/bank';
import { changeStatus, isReady, setReadiness } from './actions';
import { live } from '../../db/records';
import { Matching } from './Matching';
import { RequestForm } from './RequestForm';
import { Shortlist } from './Shortlist';
import { StatusBadge } from './StatusBadge';
import { RouteLink } from '../../components/RouteLink';
import { DataTable } from '../../components/DataTable';

const ENDED: ReadonlySet<RequestStatus> = new Set(['closed', 'cancelled']);

const Summary = ({ request }: { request: PartnerRequest }) => {
  const { t, i18n } = useTranslation('requests');
  const { t: tb } = useTranslation('bank');
  const fmt = useFormat();
  const lang = i18n.language === 'en' ? 'en' : 'fr';
  const ctx = contexts.find((c) => c.id === request.context);
  const ref = request.reference;
  const rows: [string, string][] = [
    [t('form.directorate'), [request.directorate, request.team].filter(Boolean).join(' — ')],
    [t('form.reference'), [ref.name, ref.role, ref.phone, ref.email].filter(Boolean).join(', ')],
    [t('form.level'), request.level ? tb(`levels.${request.level}`) : ''],
    [t('form.context'), ctx ? refLabel(ctx, lang) : ''],
    [t('form.sectors'), request.sectors.map((s) => sectorLabel(s, lang)).join(', ')],
    [t('form.trajectories'), request.trajectories.join(', ')],
    [t('form.languages'), request.languages.map((l) => tb(`languages.${l}`)).join(', ')],
    [t('form.community'), [request.community, request.remoteOk ? t('remotePossible') : t('remoteNo')].filter(Boolean).join(' — ')],
    [t('summary.dates'), request.startDate || request.endDate ? `${fmt.date(request.startDate)} → ${fmt.date(request.endDate)}` : ''],
    [t('form.frequency'), request.frequency ?? ''],
    [t('form.formats'), request.formats.map((f) => tb(`participation.${f}`)).join(', ')],
    [t('form.hoursExpected'), request.hoursExpected === undefined ? '' : fmt.number(request.hoursExpected, 1)],
    [t('form.compensation'), request.compensation ?? ''],
    [t('summary.received'), fmt.date(request.receivedAt)],
    [t('form.notes'), request.notes ?? ''],
  ];
  return (
    <Section title={t('summary.title')}>
      <dl className="grid-2">
        {rows
          .filter(([, v]) => v)
          .map(([k, v]) => (
            <div key={k} className="field">
              <dt className="muted">{k}</dt>
              <dd style={{ margin: 0 }}>{v}</dd>
            </div>
          ))}
      </dl>
    </Section>
  );
};

const StatusPanel = ({ request, accepted }: { request: PartnerRequest; accepted: number }) => {
  const { t } = useTranslation('requests');
  const fmt = useFormat();
  const notify = useUi((s) => s.notify);
  const [to, setTo] = useState<RequestStatus>(request.status);
  const [note, setNote] = useState('');
  const [outcome, setOutcome] = useState(request.outcome ?? '');
  const [informed, setInformed] = useState(request.partnersInformed ?? false);
  // Shown at once; the saved record follows (the live query would lag one write behind a click).
  const [readiness, setLocalReadiness] = useState<Readiness>(request.readiness);
  useEffect(() => setTo(request.status), [request.status]);
  useEffect(() => setLocalReadiness(request.readiness), [request.readiness]);
  const ready = isReady({ readiness });
  const setR = (patch: Partial<Readiness>) => {
    const next = { ...readiness, ...patch };
    setLocalReadiness(next);
    void setReadiness(getServices(), request.id, next);
  };
  const needsReady = to === 'recruiting' && !ready;

  const apply = async () => {
    if (to === 'closed' && !outcome.trim()) {
      notify('error', { key: 'status.outcomeRequired', ns: 'requests' });
      return;
    }
    await changeStatus(getServices(), request.id, to, { note, outcome, partnersInformed: informed });
    setNote('');
    notify('success', t('status.changed', { status: t(`status.${to}`) }));
  };

  return (
    <Section title={t('status.title')}>
      <p>
        {t('status.current')} <StatusBadge status={request.status} />
      </p>
      <fieldset className="checkbox-group">
        <legend>{t('readiness.title')}</legend>
        <Checkbox label={t('readiness.prepMeetingHeld')} checked={readiness.prepMeetingHeld} onChange={(v) => setR({ prepMeetingHeld: v })} />
        <Checkbox label={t('readiness.roleDefined')} checked={readiness.roleDefined} onChange={(v) => setR({ roleDefined: v })} />
        <Checkbox label={t('readiness.referenceNamed')} checked={readiness.referenceNamed} onChange={(v) => setR({ referenceNamed: v })} />
      </fieldset>
      <p className={ready ? undefined : 'muted'}>{ready ? t('readiness.ready') : t('readiness.notReady')}</p>
      {request.status === 'closed' && (
        <p>
          <strong>{t('status.outcome')}</strong> {request.outcome || '—'} — {request.partnersInformed ? t('status.informedYes') : t('status.informedNo')}
        </p>
      )}
      <div className="toolbar">
        <SelectField
          label={t('status.newStatus')}
          value={to}
          onChange={(v) => setTo(v as RequestStatus)}
          options={RequestStatus.options.map((s) => ({ value: s, label: t(`status.${s}`) }))}
        />
        <TextField label={t('status.note')} value={note} onChange={setNote} />
      </div>
      {needsReady && <p className="field-error">{t('readiness.warning')}</p>}
      {to === 'filled' && accepted < request.seats && <p className="muted">{t('status.notAllFilled', { count: accepted, wanted: request.seats })}</p>}
      {to === 'closed' && (
        <>
          <TextField label={t('status.outcome')} value={outcome} onChange={setOutcome} multiline />
          <Checkbox label={t('status.partnersInformed')} checked={informed} onChange={setInformed} />
        </>
      )}
      <div className="actions">
        <button type="button" className={to === 'cancelled' ? 'danger' : 'primary'} disabled={to === request.status || needsReady} onClick={() => void apply()}>
          {t('status.apply')}
        </button>
      </div>
      <h3>{t('status.history')}</h3>
      <ol>
        {request.statusHistory.map((e, i) => (
          <li key={`${e.at}-${i}`}>
            {fmt.dateTime(e.at)} : {t(`status.${e.to}`)}
            {e.note ? ` — ${e.note}` : ''}
          </li>
        ))}
      </ol>
    </Section>
  );
};

const Mandates = ({ mandates }: { mandates: Mandate[] }) => {
  const { t } = useTranslation('requests');
  const fmt = useFormat();
  const { index } = useBank();
  return (
    <Section title={t('mandates.title')}>
      {mandates.length === 0 ? (
        <p className="muted">{t('mandates.empty')}</p>
      ) : (
        <DataTable
          caption={t('mandates.title')}
          rows={mandates}
          rowKey={(m) => m.id}
          columns={[
            {
              header: t('match.person'),
              cell: (m) => {
                const p = index.get(m.partnerId);
                const name = p ? partnerDisplayName(p) : t('unknownPerson');
                return (
                  <RouteLink to={{ name: 'mandate', id: m.id }} label={t('mandates.open', { name })}>
                    {name}
                  </RouteLink>
                );
              },
            },
            { header: t('mandate.role'), cell: (m) => m.role || '—' },
            { header: t('mandates.status'), cell: (m) => t(`mandateStatus.${m.status}`) },
            { header: t('mandates.steps'), cell: (m) => t('mandates.stepsDone', { count: m.steps.filter((s) => s.done).length, total: m.steps.length }) },
            { header: t('mandates.dates'), cell: (m) => `${fmt.shortDate(m.startDate)} → ${fmt.shortDate(m.endDate)}` },
          ]}
        />
      )}
    </Section>
  );
};

export const RequestDetail = ({ id }: { id: string }) => {
  const { t } = useTranslation('requests');
  const { db } = getServices();
  const [editing, setEditing] = useState(false);
  const ensureLoaded = useBank((s) => s.ensureLoaded);
  useEffect(() => void ensureLoaded(), [ensureLoaded]);
  const request = useLiveQuery(() => db.requests.get(id), [db, id], null);
  const candidacies = useLiveQuery(async () => live(await db.candidacies.where('requestId').equals(id).toArray()), [db, id]);
  const mandates = useLiveQuery(async () => live(await db.mandates.where('requestId').equals(id).toArray()), [db, id]);

  if (request === null) return <p>{t('loading')}</p>;
  if (!request || request.deleted) {
    return (
      <div className="screen">
        <h1>{t('notFound')}</h1>
        <RouteLink to={{ name: 'requests' }}>{t('backToList')}</RouteLink>
      </div>
    );
  }
  const accepted = (candidacies ?? []).filter((c) => c.status === 'accepted').length;
  return (
    <div className="screen">
      <p>
        <RouteLink to={{ name: 'requests' }}>{t('backToList')}</RouteLink>
      </p>
      <h1>{request.title}</h1>
      <p>
        <StatusBadge status={request.status} />{' '}
        <span>
          {t('shortlist.seats')} {t('seatsValue', { filled: accepted, wanted: request.seats })}
        </span>
      </p>
      {editing ? (
        <RequestForm key={request.stamp} request={request} onDone={() => setEditing(false)} />
      ) : (
        <>
          <div className="actions">
            <button type="button" onClick={() => setEditing(true)}>
              {t('edit')}
            </button>
          </div>
          <Summary request={request} />
        </>
      )}
      <StatusPanel request={request} accepted={accepted} />
      {!ENDED.has(request.status) &&
        candidacies &&
        (accepted >= request.seats ? (
          // Seats are filled: the ranking is still there (a replacement may be needed) but out of the way.
          <details className="card">
            <summary>{t('match.showRanking')}</summary>
            <Matching request={request} candidacies={candidacies} />
          </details>
        ) : (
          <Matching request={request} candidacies={candidacies} />
        ))}
      {candidacies && mandates && <Shortlist request={request} candidacies={candidacies} mandates={mandates} />}
      {mandates && <Mandates mandates={mandates} />}
    </div>
  );
};
