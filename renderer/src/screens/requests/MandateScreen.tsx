import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExpenseKind, Participation, UiLanguage } from '../../../../shared/model/enums';
import { partnerDisplayName, type Partner } from '../../../../shared/model/partner';
import type { AccompanimentStep, Mandate, PartnerRequest } from '../../../../shared/model/request';
import { attestationInputFrom, mandateSheetInputFrom } from '../../../../shared/printables';
import { accompanimentSteps, label as refLabel } from '../../../../shared/reference';
import { getServices } from '../../app/services';
import { BridgeFailure, call } from '../../bridge';
import { Checkbox, CheckboxGroup, Section, SelectField, TextField } from '../../components/Fields';
import { PdfPreview } from '../../components/PdfPreview';
import { todayIso, useFormat } from '../../i18n/format';
import { useUi } from '../../store/ui';
import { useBank } from '../bank/bankStore';
import { options } from '../bank/labels';
import { useOfficeSettings } from '../settings/useOfficeSettings';
import { proposedSteps, saveMandate } from './actions';
import { live } from '../../db/records';
import { useDraft } from '../../components/useDraft';
import { MandateSurveyLinks } from '../../components/MandateSurveyLinks';

const SURVEYS: ReadonlySet<string> = new Set(['survey_partner', 'survey_team']);
const num = (s: string) => Number(s.replace(',', '.'));

type Pdf = { title: string; fileName: string; base64: string };

const StepRow = ({ mandateId, step, onChange }: { mandateId: string; step: AccompanimentStep; onChange(s: AccompanimentStep): void }) => {
  const { t, i18n } = useTranslation('requests');
  const lang = i18n.language === 'en' ? 'en' : 'fr';
  const item = accompanimentSteps.find((s) => s.id === step.id);
  const name = item ? refLabel(item, lang) : step.id;
  const set = (patch: Partial<AccompanimentStep>) => onChange({ ...step, ...patch });
  return (
    <fieldset className="checkbox-group" style={{ display: 'block' }} aria-label={name}>
      <legend>
        {name} {step.done ? <span className="badge ok">{t('steps.doneBadge')}</span> : null}
      </legend>
      <div className="toolbar">
        <TextField label={t('steps.planned', { step: name })} type="date" value={step.planned ?? ''} onChange={(v) => set({ planned: v || undefined })} />
        <TextField label={t('steps.done', { step: name })} type="date" value={step.done ?? ''} onChange={(v) => set({ done: v || undefined })} />
        {!step.done && (
          <button type="button" aria-label={t('steps.doneToday', { step: name })} onClick={() => set({ done: todayIso() })}>
            {t('steps.doneTodayShort')}
          </button>
        )}
        <TextField label={t('steps.notes', { step: name })} value={step.notes ?? ''} onChange={(v) => set({ notes: v || undefined })} />
      </div>
      {SURVEYS.has(step.id) && <MandateSurveyLinks mandateId={mandateId} stepId={step.id} />}
      {SURVEYS.has(step.id) && (
        <TextField
          label={t('steps.answers', { step: name })}
          hint={t('steps.answersHint')}
          value={step.answers?.['answers'] ?? ''}
          onChange={(v) => set({ answers: v ? { answers: v } : undefined })}
          multiline
        />
      )}
    </fieldset>
  );
};

const HoursLog = ({ m, set }: { m: Mandate; set(patch: Partial<Mandate>): void }) => {
  const { t } = useTranslation('requests');
  const fmt = useFormat();
  const [row, setRow] = useState({ date: todayIso(), hours: '', note: '' });
  const total = m.hours.reduce((s, h) => s + h.hours, 0);
  const hours = num(row.hours);
  const valid = row.date && row.hours.trim() !== '' && !Number.isNaN(hours) && hours > 0 && hours <= 24;
  return (
    <Section title={t('hours.title')}>
      {m.hours.length === 0 ? (
        <p className="muted">{t('hours.empty')}</p>
      ) : (
        <table>
          <caption className="sr-only">{t('hours.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('hours.date')}</th>
              <th scope="col">{t('hours.hours')}</th>
              <th scope="col">{t('hours.note')}</th>
              <th scope="col">{t('match.action')}</th>
            </tr>
          </thead>
          <tbody>
            {m.hours.map((h, i) => (
              <tr key={`${h.date}-${i}`}>
                <td>{fmt.date(h.date)}</td>
                <td>{fmt.number(h.hours, 2)}</td>
                <td>{h.note ?? ''}</td>
                <td>
                  <button type="button" className="link" aria-label={t('hours.removeRow', { date: fmt.date(h.date) })} onClick={() => set({ hours: m.hours.filter((_, j) => j !== i) })}>
                    {t('hours.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>
        <strong>{t('hours.total', { hours: fmt.number(total, 2) })}</strong>
      </p>
      <div className="toolbar">
        <TextField label={t('hours.date')} type="date" value={row.date} onChange={(date) => setRow((r) => ({ ...r, date }))} />
        <TextField label={t('hours.hours')} value={row.hours} onChange={(h) => setRow((r) => ({ ...r, hours: h }))} />
        <TextField label={t('hours.note')} value={row.note} onChange={(note) => setRow((r) => ({ ...r, note }))} />
        <button
          type="button"
          disabled={!valid}
          onClick={() => {
            set({ hours: [...m.hours, { date: row.date, hours, ...(row.note.trim() ? { note: row.note.trim() } : {}) }] });
            setRow({ date: row.date, hours: '', note: '' });
          }}
        >
          {t('hours.add')}
        </button>
      </div>
    </Section>
  );
};

const ExpenseLog = ({ m, set }: { m: Mandate; set(patch: Partial<Mandate>): void }) => {
  const { t } = useTranslation('requests');
  const fmt = useFormat();
  const [row, setRow] = useState<{ date: string; kind: ExpenseKind; amount: string; note: string }>({ date: todayIso(), kind: 'mileage', amount: '', note: '' });
  const amount = num(row.amount);
  const valid = row.date && row.amount.trim() !== '' && !Number.isNaN(amount) && amount > 0;
  const totals = ExpenseKind.options
    .map((k) => ({ k, sum: m.expenseLog.filter((e) => e.kind === k).reduce((s, e) => s + e.amount, 0) }))
    .filter((x) => x.sum > 0);
  const { i18n } = useTranslation();
  const money = (n: number) => new Intl.NumberFormat(i18n.language === 'en' ? 'en-CA' : 'fr-CA', { style: 'currency', currency: 'CAD' }).format(n);
  return (
    <Section title={t('expenses.title')}>
      <p className="muted">{t('expenses.explain')}</p>
      {m.expenseLog.length === 0 ? (
        <p className="muted">{t('expenses.empty')}</p>
      ) : (
        <table>
          <caption className="sr-only">{t('expenses.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('expenses.date')}</th>
              <th scope="col">{t('expenses.kind')}</th>
              <th scope="col">{t('expenses.amount')}</th>
              <th scope="col">{t('expenses.note')}</th>
              <th scope="col">{t('match.action')}</th>
            </tr>
          </thead>
          <tbody>
            {m.expenseLog.map((e, i) => (
              <tr key={`${e.date}-${i}`}>
                <td>{fmt.date(e.date)}</td>
                <td>{t(`expenseKinds.${e.kind}`)}</td>
                <td>{money(e.amount)}</td>
                <td>{e.note ?? ''}</td>
                <td>
                  <button type="button" className="link" aria-label={t('expenses.removeRow', { date: fmt.date(e.date), kind: t(`expenseKinds.${e.kind}`) })} onClick={() => set({ expenseLog: m.expenseLog.filter((_, j) => j !== i) })}>
                    {t('expenses.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {totals.length > 0 && (
        <ul>
          {totals.map((x) => (
            <li key={x.k}>{t('expenses.totalKind', { kind: t(`expenseKinds.${x.k}`), amount: money(x.sum) })}</li>
          ))}
        </ul>
      )}
      <div className="toolbar">
        <TextField label={t('expenses.date')} type="date" value={row.date} onChange={(date) => setRow((r) => ({ ...r, date }))} />
        <SelectField label={t('expenses.kind')} value={row.kind} onChange={(k) => setRow((r) => ({ ...r, kind: k as ExpenseKind }))} options={options(t, 'expenseKinds', ExpenseKind.options)} />
        <TextField label={t('expenses.amount')} value={row.amount} onChange={(a) => setRow((r) => ({ ...r, amount: a }))} />
        <TextField label={t('expenses.note')} value={row.note} onChange={(note) => setRow((r) => ({ ...r, note }))} />
        <button
          type="button"
          disabled={!valid}
          onClick={() => {
            set({ expenseLog: [...m.expenseLog, { date: row.date, kind: row.kind, amount, ...(row.note.trim() ? { note: row.note.trim() } : {}) }] });
            setRow({ ...row, amount: '', note: '' });
          }}
        >
          {t('expenses.add')}
        </button>
      </div>
    </Section>
  );
};

const MandateEditor = ({ saved, partner, request, partnerMandates }: { saved: Mandate; partner: Partner | undefined; request: PartnerRequest | undefined; partnerMandates: { mandate: Mandate; request: PartnerRequest }[] }) => {
  const { t } = useTranslation('requests');
  const { t: tc } = useTranslation();
  const { t: tb } = useTranslation('bank');
  const fmt = useFormat();
  const notify = useUi((s) => s.notify);
  const settings = useOfficeSettings();
  // Steps are proposed at once when the mandate has none (e.g. one made by an import).
  const [m, setM] = useState<Mandate>(() => (saved.steps.length ? saved : { ...saved, steps: proposedSteps(saved.startDate, saved.endDate) }));
  const [dirty, setDirty] = useState(saved.steps.length === 0);
  const [printLang, setPrintLang] = useState<UiLanguage>(saved.language);
  const [pdf, setPdf] = useState<Pdf | null>(null);
  const [busy, setBusy] = useState(false);
  const [honText, setHonText] = useState(saved.recognition.honorariaAmount === undefined ? '' : String(saved.recognition.honorariaAmount).replace('.', ','));
  const name = partner ? partnerDisplayName(partner) : t('unknownPerson');
  const draft = useDraft(`mandate:${saved.id}`, m, (v) => {
    setM(v);
    setDirty(true);
  });

  const set = (patch: Partial<Mandate>) => {
    draft.markTouched();
    setDirty(true);
    setM((x) => {
      const next = { ...x, ...patch };
      // New dates move the plan of the steps still to do; what was done stays.
      if (('startDate' in patch && patch.startDate !== x.startDate) || ('endDate' in patch && patch.endDate !== x.endDate)) {
        next.steps = proposedSteps(next.startDate, next.endDate, x.steps);
      }
      return next;
    });
  };
  const setRef = (patch: Partial<Mandate['reference']>) => set({ reference: { ...m.reference, ...patch } });
  const setRec = (patch: Partial<Mandate['recognition']>) => set({ recognition: { ...m.recognition, ...patch } });
  const setStep = (s: AccompanimentStep) => set({ steps: m.steps.map((x) => (x.id === s.id ? s : x)) });

  const save = async () => {
    try {
      const next = await saveMandate(m);
      await draft.clear();
      setM(next);
      setDirty(false);
      notify('success', t('mandate.saved'));
    } catch {
      notify('error', t('mandate.saveFailed'));
    }
  };

  const print = async (kind: 'sheet' | 'attestation') => {
    if (!partner || !request) return;
    setBusy(true);
    try {
      const today = todayIso();
      const out =
        kind === 'sheet'
          ? await call('pdf.mandateSheet', mandateSheetInputFrom(settings, partner, request, m, printLang, today))
          : await call(
              'pdf.attestation',
              attestationInputFrom(
                settings,
                partner,
                partnerMandates.map((x) => (x.mandate.id === m.id ? { mandate: m, request: x.request } : x)),
                printLang,
                today,
              ),
            );
      setPdf({ title: kind === 'sheet' ? t('pdf.sheetTitle', { name }) : t('pdf.attestationTitle', { name }), fileName: out.fileName, base64: out.base64 });
    } catch (e) {
      notify('error', tc(`errors.${e instanceof BridgeFailure ? e.code : 'internal'}`, { defaultValue: tc('errors.internal') }));
    } finally {
      setBusy(false);
    }
  };

  const doneCount = m.steps.filter((s) => s.done).length;

  return (
    <form
      className="screen"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <p>{request && <a href={`#/requests/${request.id}`}>{t('mandate.backToRequest', { title: request.title })}</a>}</p>
      <h1>{t('mandate.heading', { name })}</h1>
      <p>
        {request?.title} — <a href={`#/bank/${m.partnerId}`}>{t('mandate.openProfile')}</a>
      </p>
      {/* Kept in view while scrolling: the steps, hours and surveys sit far below. */}
      <div className="actions sticky-actions">
        <button type="submit" className="primary">
          {t('mandate.save')}
        </button>
        {dirty && <span className="badge warn">{t('mandate.unsaved')}</span>}
      </div>

      <Section title={t('mandate.fieldsTitle')}>
        <div className="grid-2">
          <TextField label={t('mandate.role')} value={m.role} onChange={(role) => set({ role })} />
          <SelectField
            label={t('mandate.status')}
            value={m.status}
            onChange={(v) => set({ status: v as Mandate['status'] })}
            options={(['active', 'ended', 'cancelled'] as const).map((s) => ({ value: s, label: t(`mandateStatus.${s}`) }))}
          />
        </div>
        <TextField label={t('mandate.responsibilities')} value={m.responsibilities} onChange={(responsibilities) => set({ responsibilities })} multiline />
        <div className="grid-2">
          <TextField label={t('mandate.commitment')} value={m.commitment} onChange={(commitment) => set({ commitment })} />
          <TextField label={t('mandate.schedule')} value={m.schedule} onChange={(schedule) => set({ schedule })} />
          <TextField label={t('mandate.place')} value={m.place} onChange={(place) => set({ place })} />
          <TextField label={t('mandate.startDate')} type="date" value={m.startDate ?? ''} onChange={(v) => set({ startDate: v || undefined })} />
          <TextField label={t('mandate.endDate')} type="date" value={m.endDate ?? ''} onChange={(v) => set({ endDate: v || undefined })} />
          <SelectField label={t('mandate.language')} value={m.language} onChange={(v) => set({ language: v as UiLanguage })} options={UiLanguage.options.map((l) => ({ value: l, label: tb(`languages.${l}`) }))} />
        </div>
        <CheckboxGroup legend={t('mandate.format')} options={options(tb, 'participation', Participation.options)} value={m.format} onChange={(v) => set({ format: v as Participation[] })} />
        <Checkbox label={t('mandate.confidentiality')} checked={m.confidentiality} onChange={(confidentiality) => set({ confidentiality })} />
      </Section>

      <Section title={t('mandate.referenceTitle')}>
        <div className="grid-2">
          <TextField label={t('form.refName')} value={m.reference.name} onChange={(v) => setRef({ name: v })} />
          <TextField label={t('form.refRole')} value={m.reference.role ?? ''} onChange={(v) => setRef({ role: v || undefined })} />
          <TextField label={t('form.refPhone')} type="tel" value={m.reference.phone ?? ''} onChange={(v) => setRef({ phone: v || undefined })} />
          <TextField label={t('form.refEmail')} type="email" value={m.reference.email ?? ''} onChange={(v) => setRef({ email: v || undefined })} />
        </div>
      </Section>

      <Section title={t('mandate.recognitionTitle')}>
        <Checkbox label={t('mandate.attestation')} checked={m.recognition.attestation} onChange={(attestation) => setRec({ attestation })} />
        <CheckboxGroup
          legend={t('mandate.expenses')}
          options={options(t, 'expenseKinds', ExpenseKind.options)}
          value={m.recognition.expenses}
          onChange={(v) => setRec({ expenses: v as ExpenseKind[] })}
        />
        <fieldset className="checkbox-group" style={{ display: 'block' }}>
          <legend>{t('mandate.honorariaTitle')}</legend>
          <Checkbox label={t('mandate.honoraria')} checked={m.recognition.honoraria} onChange={(honoraria) => setRec({ honoraria })} />
          {m.recognition.honoraria && (
            <TextField
              label={t('mandate.honorariaAmount')}
              value={honText}
              onChange={(v) => {
                // Kept as typed ("12,5" passes through "12,"); the number follows when it reads as one.
                setHonText(v);
                setRec({ honorariaAmount: v.trim() === '' || Number.isNaN(num(v)) ? undefined : Math.max(0, num(v)) });
              }}
            />
          )}
          <Checkbox label={t('mandate.paymentDeclined')} checked={m.recognition.paymentDeclined} onChange={(paymentDeclined) => setRec({ paymentDeclined })} />
        </fieldset>
      </Section>

      <Section title={t('steps.title')}>
        <p className="muted">{t('steps.explain')}</p>
        <p>
          <strong>{t('mandates.stepsDone', { count: doneCount, total: m.steps.length })}</strong>
        </p>
        {m.steps.map((s) => (
          <StepRow key={s.id} mandateId={m.id} step={s} onChange={setStep} />
        ))}
      </Section>

      <HoursLog m={m} set={set} />
      <ExpenseLog m={m} set={set} />

      <Section title={t('pdf.title')}>
        {dirty && <p className="muted">{t('pdf.unsavedHint')}</p>}
        <div className="toolbar">
          <SelectField label={t('pdf.language')} value={printLang} onChange={(v) => setPrintLang(v as UiLanguage)} options={UiLanguage.options.map((l) => ({ value: l, label: tb(`languages.${l}`) }))} />
          <button type="button" disabled={busy || !partner || !request} onClick={() => void print('sheet')}>
            {t('pdf.sheet')}
          </button>
          <button type="button" disabled={busy || !partner || !request || !m.recognition.attestation} onClick={() => void print('attestation')}>
            {t('pdf.attestation')}
          </button>
        </div>
        {m.startDate && <p className="muted">{t('pdf.period', { start: fmt.date(m.startDate), end: fmt.date(m.endDate) })}</p>}
      </Section>
      {pdf && <PdfPreview title={pdf.title} fileName={pdf.fileName} base64={pdf.base64} onClose={() => setPdf(null)} />}
    </form>
  );
};

export const MandateScreen = ({ id }: { id: string }) => {
  const { t } = useTranslation('requests');
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

  if (mandate === null || bankStatus !== 'ready' || partnerMandates === undefined) return <p>{t('loading')}</p>;
  if (!mandate || mandate.deleted) {
    return (
      <div className="screen">
        <h1>{t('mandate.notFound')}</h1>
        <a href="#/requests">{t('backToList')}</a>
      </div>
    );
  }
  return (
    <MandateEditor
      key={mandate.id}
      saved={mandate}
      partner={index.get(mandate.partnerId)}
      request={request && !request.deleted ? request : undefined}
      partnerMandates={partnerMandates}
    />
  );
};
