import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Context, Language, Level, Participation } from '../../../../shared/model/enums';
import { REQUEST_LIMITS, RequestFields, type PartnerRequest } from '../../../../shared/model/request';
import { contexts, label as refLabel } from '../../../../shared/reference';
import { Checkbox, CheckboxGroup, Section, SelectField, TextField } from '../../components/Fields';
import { useUi } from '../../store/ui';
import { DraftForm } from '../../components/DraftForm';
import { SectorFields } from '../../components/SectorFields';
import { useDraftForm } from '../../components/useDraftForm';
import { fieldErrors } from '../../components/fieldErrors';
import { options, splitList } from '../../components/labels';
import { createRequest, updateRequest } from './actions';
import { TeamFormImport } from './TeamFormImport';
import type { TeamFormResult } from '../../../../shared/logic/team-form';
import { getServices } from '../../db/services';

interface FormState {
  title: string;
  directorate: string;
  team: string;
  refName: string;
  refRole: string;
  refPhone: string;
  refEmail: string;
  level: string;
  context: string;
  sectors: string[];
  trajectories: string;
  languages: string[];
  community: string;
  remoteOk: boolean;
  seats: string;
  startDate: string;
  endDate: string;
  frequency: string;
  formats: string[];
  hoursExpected: string;
  compensation: string;
  notes: string;
}

const fromRequest = (r?: PartnerRequest): FormState => ({
  title: r?.title ?? '',
  directorate: r?.directorate ?? '',
  team: r?.team ?? '',
  refName: r?.reference.name ?? '',
  refRole: r?.reference.role ?? '',
  refPhone: r?.reference.phone ?? '',
  refEmail: r?.reference.email ?? '',
  level: r?.level ?? '',
  context: r?.context ?? '',
  sectors: r?.sectors ?? [],
  trajectories: (r?.trajectories ?? []).join(', '),
  languages: r?.languages ?? ['fr'],
  community: r?.community ?? '',
  remoteOk: r?.remoteOk ?? true,
  seats: String(r?.seats ?? 1),
  startDate: r?.startDate ?? '',
  endDate: r?.endDate ?? '',
  frequency: r?.frequency ?? '',
  formats: r?.formats ?? [],
  hoursExpected: r?.hoursExpected === undefined ? '' : String(r.hoursExpected),
  compensation: r?.compensation ?? '',
  notes: r?.notes ?? '',
});

/** Copies what the team's form answered over the form on screen; the rest is left as typed. */
const withTeamForm = (f: FormState, { values: v }: TeamFormResult): FormState => ({
  ...f,
  title: v.title ?? f.title,
  directorate: v.directorate ?? f.directorate,
  team: v.team ?? f.team,
  refName: v.reference.name ?? f.refName,
  refRole: v.reference.role ?? f.refRole,
  refPhone: v.reference.phone ?? f.refPhone,
  refEmail: v.reference.email ?? f.refEmail,
  level: v.level ?? f.level,
  context: v.context ?? f.context,
  sectors: v.sectors ?? f.sectors,
  trajectories: v.trajectories ? v.trajectories.join(', ') : f.trajectories,
  languages: v.languages ?? f.languages,
  community: v.community ?? f.community,
  remoteOk: v.remoteOk ?? f.remoteOk,
  seats: v.seats === undefined ? f.seats : String(v.seats),
  startDate: v.startDate ?? f.startDate,
  endDate: v.endDate ?? f.endDate,
  frequency: v.frequency ?? f.frequency,
  formats: v.formats ?? f.formats,
  hoursExpected: v.hoursExpected === undefined ? f.hoursExpected : String(v.hoursExpected),
  compensation: v.compensation ?? f.compensation,
  notes: v.notes ?? f.notes,
});

const opt = (s: string) => (s.trim() ? s.trim() : undefined);
const num = (s: string) => (s.trim() === '' ? undefined : Number(s.replace(',', '.')));

const toFields = (f: FormState) =>
  RequestFields.safeParse({
    title: f.title,
    directorate: opt(f.directorate),
    team: opt(f.team),
    reference: { name: f.refName.trim(), role: opt(f.refRole), phone: opt(f.refPhone), email: opt(f.refEmail) },
    level: f.level || undefined,
    context: f.context || undefined,
    sectors: f.sectors,
    trajectories: splitList(f.trajectories),
    languages: f.languages,
    community: opt(f.community),
    remoteOk: f.remoteOk,
    seats: num(f.seats),
    startDate: f.startDate || undefined,
    endDate: f.endDate || undefined,
    frequency: opt(f.frequency),
    formats: f.formats,
    hoursExpected: num(f.hoursExpected),
    compensation: opt(f.compensation),
    notes: opt(f.notes),
  });

type Errors = Record<string, string>;

/** New request, or the edit of an existing one (shown inside the request's page). */
export const RequestForm = ({ request, onDone }: { request?: PartnerRequest; onDone?: () => void }) => {
  const { t, i18n } = useTranslation('requests');
  const { t: tb } = useTranslation('bank');
  const { t: tf } = useTranslation('fields');
  const L = REQUEST_LIMITS;
  const lang = i18n.language === 'en' ? 'en' : 'fr';
  const navigate = useUi((s) => s.navigate);
  const notify = useUi((s) => s.notify);
  const { form, setForm, set, draft, refuse } = useDraftForm(`request:${request?.id ?? 'new'}`, () => fromRequest(request));
  const [errors, setErrors] = useState<Errors>({});

  const save = async () => {
    const next: Errors = {};
    if (!form.title.trim()) next.title = t('form.titleRequired');
    const seats = num(form.seats);
    if (seats === undefined || !Number.isInteger(seats) || seats < 1 || seats > 50) next.seats = t('form.seatsInvalid');
    const hours = num(form.hoursExpected);
    if (hours !== undefined && (Number.isNaN(hours) || hours < 0 || hours > 2000)) next.hoursExpected = t('form.hoursInvalid');
    if (form.startDate && form.endDate && form.endDate < form.startDate) next.endDate = t('form.endBeforeStart');
    const parsed = toFields(form);
    // Every other refusal of the schema lands on its own field, with its limit.
    if (!parsed.success) {
      const values = { ...form, reference: { name: form.refName, role: form.refRole, phone: form.refPhone, email: form.refEmail } };
      for (const [k, message] of Object.entries(fieldErrors(parsed.error.issues, values, tf, lang))) {
        const key = k.startsWith('reference.') ? `ref${k.charAt(10).toUpperCase()}${k.slice(11)}` : k;
        next[key] ??= message;
      }
    }
    setErrors(next);
    if (Object.keys(next).length > 0 || !parsed.success) {
      await refuse('requests');
      return;
    }
    await draft.clear();
    if (request) {
      await updateRequest(getServices(), request.id, parsed.data);
      notify('success', { key: 'form.saved', ns: 'requests' });
      onDone?.();
    } else {
      const saved = await createRequest(getServices(), parsed.data);
      notify('success', { key: 'form.created', ns: 'requests' });
      navigate({ name: 'request', id: saved.id });
    }
  };

  return (
    <DraftForm
      className={request ? undefined : 'screen'}
      onSubmit={save}
      draft={draft}
      saveLabel={t('form.save')}
      leaveLabel={t('form.cancel')}
      onLeave={() => (onDone ? onDone() : navigate({ name: 'requests' }))}
    >
      {request ? <h2>{t('form.editTitle')}</h2> : <h1>{t('form.newTitle')}</h1>}
      <TeamFormImport
        onFill={(r) => {
          draft.markTouched();
          setForm((f) => withTeamForm(f, r));
        }}
      />
      <Section title={t('form.project')}>
        <div className="grid-2">
          <TextField label={t('form.title')} required value={form.title} onChange={set('title')} max={L.title} error={errors.title} />
          <TextField label={t('form.directorate')} value={form.directorate} onChange={set('directorate')} max={L.directorate} error={errors.directorate} />
          <TextField label={t('form.team')} value={form.team} onChange={set('team')} max={L.team} error={errors.team} />
          <TextField label={t('form.seats')} type="number" value={form.seats} onChange={set('seats')} error={errors.seats} />
          <SelectField label={t('form.level')} value={form.level} onChange={set('level')} placeholder="—" options={options(tb, 'levels', Level.options)} />
          <SelectField
            label={t('form.context')}
            value={form.context}
            onChange={set('context')}
            placeholder="—"
            options={Context.options.map((c) => {
              const item = contexts.find((x) => x.id === c);
              return { value: c, label: item ? refLabel(item, lang) : c };
            })}
          />
        </div>
      </Section>
      <Section title={t('form.reference')}>
        <div className="grid-2">
          <TextField label={t('form.refName')} value={form.refName} onChange={set('refName')} max={L.refName} error={errors.refName} />
          <TextField label={t('form.refRole')} value={form.refRole} onChange={set('refRole')} max={L.refRole} error={errors.refRole} />
          <TextField label={t('form.refPhone')} type="tel" value={form.refPhone} onChange={set('refPhone')} max={L.refPhone} error={errors.refPhone} />
          <TextField label={t('form.refEmail')} type="email" value={form.refEmail} onChange={set('refEmail')} max={L.refEmail} error={errors.refEmail} />
        </div>
      </Section>
      <Section title={t('form.profile')}>
        <SectorFields
          ns="requests"
          sectors={form.sectors}
          trajectories={form.trajectories}
          onSectors={set('sectors')}
          onTrajectories={set('trajectories')}
          error={errors.trajectories}
        />
        <CheckboxGroup legend={t('form.languages')} options={options(tb, 'languages', Language.options)} value={form.languages} onChange={set('languages')} />
        <div className="grid-2">
          <TextField label={t('form.community')} value={form.community} onChange={set('community')} max={L.community} error={errors.community} />
          <div className="field">
            <Checkbox label={t('form.remoteOk')} checked={form.remoteOk} onChange={set('remoteOk')} />
          </div>
        </div>
      </Section>
      <Section title={t('form.logistics')}>
        <div className="grid-2">
          <TextField label={t('form.startDate')} type="date" value={form.startDate} onChange={set('startDate')} error={errors.startDate} />
          <TextField label={t('form.endDate')} type="date" value={form.endDate} onChange={set('endDate')} error={errors.endDate} />
          <TextField
            label={t('form.frequency')}
            hint={t('form.frequencyHint')}
            value={form.frequency}
            onChange={set('frequency')}
            max={L.frequency}
            error={errors.frequency}
          />
          <TextField label={t('form.hoursExpected')} type="number" value={form.hoursExpected} onChange={set('hoursExpected')} error={errors.hoursExpected} />
        </div>
        <CheckboxGroup
          legend={t('form.formats')}
          options={options(tb, 'participation', Participation.options)}
          value={form.formats}
          onChange={set('formats')}
        />
        <TextField
          label={t('form.compensation')}
          hint={t('form.compensationHint')}
          value={form.compensation}
          onChange={set('compensation')}
          max={L.compensation}
          error={errors.compensation}
        />
        <TextField label={t('form.notes')} value={form.notes} onChange={set('notes')} multiline max={L.notes} error={errors.notes} />
      </Section>
    </DraftForm>
  );
};
