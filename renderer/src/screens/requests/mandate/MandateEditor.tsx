import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExpenseKind, Participation, UiLanguage } from '../../../../../shared/model/enums';
import { partnerDisplayName, type Partner } from '../../../../../shared/model/partner';
import type { AccompanimentStep, Mandate, PartnerRequest } from '../../../../../shared/model/request';
import { Checkbox, CheckboxGroup, Section, SelectField, TextField } from '../../../components/Fields';
import { options } from '../../../components/labels';
import { PdfPreview } from '../../../components/PdfPreview';
import { RouteLink } from '../../../components/RouteLink';
import { shortcutProps } from '../../../components/shortcuts';
import { useDraft } from '../../../components/useDraft';
import { getServices } from '../../../db/services';
import { useFormat } from '../../../i18n/format';
import { useOfficeSettings } from '../../../store/officeSettings';
import { useUi } from '../../../store/ui';
import { proposedSteps, saveMandate } from '../actions';
import { ExpenseLog, HoursLog, num } from './Logs';
import { StepRow } from './StepRow';
import { usePrintables } from './usePrintables';

interface Props {
  saved: Mandate;
  partner: Partner | undefined;
  request: PartnerRequest | undefined;
  partnerMandates: { mandate: Mandate; request: PartnerRequest }[];
}

/** The mandate's editor: its fields, the accompaniment steps, the logs and the printables; saved as one record. */
export const MandateEditor = ({ saved, partner, request, partnerMandates }: Props) => {
  const { t } = useTranslation('requests');
  const { t: tb } = useTranslation('bank');
  const { t: tk } = useTranslation('keyboard');
  const fmt = useFormat();
  const notify = useUi((s) => s.notify);
  const settings = useOfficeSettings();
  // Steps are proposed at once when the mandate has none (e.g. one made by an import).
  const [m, setM] = useState<Mandate>(() => (saved.steps.length ? saved : { ...saved, steps: proposedSteps(saved.startDate, saved.endDate) }));
  const [dirty, setDirty] = useState(saved.steps.length === 0);
  const [honText, setHonText] = useState(saved.recognition.honorariaAmount === undefined ? '' : String(saved.recognition.honorariaAmount).replace('.', ','));
  const name = partner ? partnerDisplayName(partner) : t('unknownPerson');
  const { printLang, setPrintLang, pdf, closePdf, busy, print } = usePrintables(
    { settings, partner, request, mandate: m, partnerMandates, name },
    saved.language,
  );
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
      const next = await saveMandate(getServices(), m);
      await draft.clear();
      setM(next);
      setDirty(false);
      notify('success', { key: 'mandate.saved', ns: 'requests' });
    } catch {
      notify('error', { key: 'mandate.saveFailed', ns: 'requests' });
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
      <p>{request && <RouteLink to={{ name: 'request', id: request.id }}>{t('mandate.backToRequest', { title: request.title })}</RouteLink>}</p>
      <h1>{t('mandate.heading', { name })}</h1>
      <p>
        {request?.title} — <RouteLink to={{ name: 'partner', id: m.partnerId }}>{t('mandate.openProfile')}</RouteLink>
      </p>
      {/* Kept in view while scrolling: the steps, hours and surveys sit far below. */}
      <div className="actions sticky-actions">
        <button type="submit" className="primary" {...shortcutProps('save', tk('withShortcut', { label: t('mandate.save'), keys: tk('keys.save') }))}>
          {t('mandate.save')}
        </button>
        {dirty && <span className="badge warn">{t('mandate.unsaved')}</span>}
      </div>

      {/* The documents come first: printing the sheet is what most visits are for. */}
      <Section title={t('pdf.title')}>
        {dirty && <p className="muted">{t('pdf.unsavedHint')}</p>}
        <div className="toolbar">
          <SelectField
            label={t('pdf.language')}
            value={printLang}
            onChange={(v) => setPrintLang(v as UiLanguage)}
            options={UiLanguage.options.map((l) => ({ value: l, label: tb(`languages.${l}`) }))}
          />
          <button type="button" disabled={busy || !partner || !request} onClick={() => void print('sheet')}>
            {t('pdf.sheet')}
          </button>
          <button type="button" disabled={busy || !partner || !request || !m.recognition.attestation} onClick={() => void print('attestation')}>
            {t('pdf.attestation')}
          </button>
        </div>
        {m.startDate && <p className="muted">{t('pdf.period', { start: fmt.date(m.startDate), end: fmt.date(m.endDate) })}</p>}
      </Section>

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
          <SelectField
            label={t('mandate.language')}
            value={m.language}
            onChange={(v) => set({ language: v as UiLanguage })}
            options={UiLanguage.options.map((l) => ({ value: l, label: tb(`languages.${l}`) }))}
          />
        </div>
        <CheckboxGroup
          legend={t('mandate.format')}
          options={options(tb, 'participation', Participation.options)}
          value={m.format}
          onChange={(v) => set({ format: v as Participation[] })}
        />
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

      {pdf && <PdfPreview title={pdf.title} fileName={pdf.fileName} base64={pdf.base64} onClose={closePdf} />}
    </form>
  );
};
