import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ConsentKind,
  ConsentMethod,
  DayPeriod,
  DualRole,
  InterestSource,
  Language,
  Level,
  Participation,
  PipelineStep,
  Role,
  Weekday,
} from '../../../../shared/model/enums';
import { PARTNER_LIMITS, type Partner } from '../../../../shared/model/partner';
import { Checkbox, CheckboxGroup, Section, SelectField, TextField } from '../../components/Fields';
import { DraftForm } from '../../components/DraftForm';
import { SectorFields } from '../../components/SectorFields';
import { useDraftForm } from '../../components/useDraftForm';
import { fieldErrors, type FieldErrors } from '../../components/fieldErrors';
import { todayIso } from '../../i18n/format';
import { useUi } from '../../store/ui';
import { getServices } from '../../db/services';
import { useOfficeSettings } from '../../store/officeSettings';
import { createPartner, updatePartner } from './actions';
import { options } from '../../components/labels';
import { fromPartner, isDraft, toFields, type ConsentForm } from './partnerFormState';

export const PartnerForm = ({ partner }: { partner?: Partner }) => {
  const { t, i18n } = useTranslation('bank');
  const lang = i18n.language === 'en' ? 'en' : 'fr';
  const navigate = useUi((s) => s.navigate);
  const notify = useUi((s) => s.notify);
  const settings = useOfficeSettings();
  const draftKey = `partner:${partner?.id ?? 'new'}`;
  const { form, setForm, set, draft, refuse } = useDraftForm(draftKey, () => fromPartner(partner));
  const { t: tf } = useTranslation('fields');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [training, setTraining] = useState({ title: '', date: todayIso() });
  const L = PARTNER_LIMITS;

  const setConsent = (k: ConsentKind, patch: Partial<ConsentForm>) => {
    draft.markTouched();
    setForm((f) => ({ ...f, consents: { ...f.consents, [k]: { ...f.consents[k], ...patch } } }));
  };

  /** The schema's verdict on what is typed, with one translated message per refused field. */
  const validate = () => {
    // A training typed but not yet added with its button is still what the coordinator meant.
    const pending = training.title.trim() && training.date ? [{ title: training.title.trim(), date: training.date }] : [];
    const parsed = toFields({ ...form, trainings: [...form.trainings, ...pending] });
    // Every refusal of the schema lands on its own field, with its limit.
    const nextErrors: FieldErrors = parsed.success ? {} : fieldErrors(parsed.error.issues, form, tf, lang);
    if (nextErrors.email && form.email.trim().length <= PARTNER_LIMITS.email) nextErrors.email = t('form.invalidEmail');
    if (!form.firstName.trim() || !form.lastName.trim()) nextErrors.name = t('form.nameRequired');
    for (const k of ConsentKind.options)
      if (form.consents[k].state !== 'unknown' && !form.consents[k].method) nextErrors[`consents.${k}.method`] = tf('chooseMethod');
    return { parsed, nextErrors };
  };

  // Messages already shown follow a change of language.
  const shownErrors = Object.keys(errors).length > 0;
  useEffect(() => {
    if (shownErrors) setErrors(validate().nextErrors);
    // Only the language matters here; the rest is read at that moment.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [lang]);

  const save = async () => {
    const { parsed, nextErrors } = validate();
    setErrors(nextErrors);
    if (Object.keys(nextErrors).length > 0 || !parsed.success) {
      await refuse('bank');
      return;
    }
    const fields = { ...parsed.data, draft: isDraft(parsed.data) };
    const saved = partner
      ? await updatePartner(getServices(), partner.id, fields)
      : await createPartner(getServices(), fields, form.step, settings.coordinator || undefined);
    await draft.clear();
    notify('success', { key: fields.draft ? 'form.savedDraft' : 'form.saved', ns: 'bank' });
    navigate({ name: 'partner', id: saved.id });
  };

  const slotOptions = Weekday.options.flatMap((d) => DayPeriod.options.map((p) => ({ value: `${d}:${p}`, label: `${t(`days.${d}`)} ${t(`periods.${p}`)}` })));

  return (
    <DraftForm
      className="screen"
      onSubmit={save}
      draft={draft}
      saveLabel={t('form.save')}
      leaveLabel={t('form.discardDraft')}
      onLeave={() => navigate(partner ? { name: 'partner', id: partner.id } : { name: 'bank' })}
    >
      <h1>{partner ? t('form.editTitle') : t('form.newTitle')}</h1>
      <Section title={t('form.identity')}>
        <div className="grid-2">
          <TextField
            label={t('form.firstName')}
            required
            value={form.firstName}
            onChange={set('firstName')}
            max={L.firstName}
            error={errors.name && !form.firstName.trim() ? errors.name : errors.firstName}
          />
          <TextField
            label={t('form.lastName')}
            required
            value={form.lastName}
            onChange={set('lastName')}
            max={L.lastName}
            error={errors.name && !form.lastName.trim() ? errors.name : errors.lastName}
          />
          <TextField label={t('form.title')} value={form.title} onChange={set('title')} max={L.title} error={errors.title} />
          <TextField label={t('form.community')} value={form.community} onChange={set('community')} max={L.community} error={errors.community} />
          <TextField label={t('form.phone')} type="tel" value={form.phone} onChange={set('phone')} max={L.phone} error={errors.phone} />
          <TextField label={t('form.email')} type="email" value={form.email} onChange={set('email')} max={L.email} error={errors.email} />
          <TextField label={t('form.address')} value={form.address} onChange={set('address')} multiline max={L.address} error={errors.address} />
          <div>
            <SelectField
              label={t('form.language')}
              value={form.language}
              onChange={(v) => set('language')(v as Language)}
              options={options(t, 'languages', Language.options)}
            />
            {form.language === 'other' && (
              <TextField
                label={t('form.languageOther')}
                value={form.languageOther}
                onChange={set('languageOther')}
                max={L.languageOther}
                error={errors.languageOther}
              />
            )}
            <CheckboxGroup
              legend={t('form.languages')}
              options={options(t, 'languages', Language.options)}
              value={[...new Set([form.language, ...form.languages])]}
              onChange={set('languages')}
            />
            <Checkbox label={t('form.interpreter')} checked={form.interpreter} onChange={set('interpreter')} />
          </div>
        </div>
      </Section>
      <Section title={t('form.participationTitle')}>
        <CheckboxGroup
          legend={t('form.participation')}
          options={options(t, 'participation', Participation.options)}
          value={form.participation}
          onChange={set('participation')}
        />
        <TextField
          label={t('form.availabilityNote')}
          value={form.availabilityNote}
          onChange={set('availabilityNote')}
          multiline
          max={L.availabilityNote}
          error={errors.availabilityNote}
        />
        <CheckboxGroup legend={t('form.availabilitySlots')} options={slotOptions} value={form.availability} onChange={set('availability')} />
      </Section>
      <Section title={t('form.experienceTitle')}>
        <Checkbox label={t('form.caregiver')} checked={form.caregiver} onChange={set('caregiver')} />
        <SectorFields
          ns="bank"
          sectors={form.sectors}
          trajectories={form.trajectories}
          onSectors={set('sectors')}
          onTrajectories={set('trajectories')}
          error={errors.trajectories}
        />
        <TextField
          label={t('form.sharedExperiences')}
          hint={t('form.listHint')}
          value={form.sharedExperiences}
          onChange={set('sharedExperiences')}
          error={errors.sharedExperiences}
        />
      </Section>
      <Section title={t('form.rolesTitle')}>
        <CheckboxGroup legend={t('form.roles')} options={options(t, 'roles', Role.options)} value={form.roles} onChange={set('roles')} />
        <CheckboxGroup legend={t('form.levels')} options={options(t, 'levels', Level.options)} value={form.levels} onChange={set('levels')} />
      </Section>
      <Section title={t('form.trainingsTitle')}>
        {form.trainings.length === 0 ? (
          <p className="muted">{t('form.noTrainings')}</p>
        ) : (
          <ul>
            {form.trainings.map((tr, i) => (
              <li key={`${tr.title}-${tr.date}-${i}`}>
                {tr.title} ({tr.date}){' '}
                <button
                  type="button"
                  className="link"
                  onClick={() => set('trainings')(form.trainings.filter((_, j) => j !== i))}
                  aria-label={t('form.removeTraining', { title: tr.title })}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
        <div className="toolbar">
          <TextField label={t('form.trainingTitle')} value={training.title} onChange={(title) => setTraining((x) => ({ ...x, title }))} />
          <TextField label={t('form.trainingDate')} type="date" value={training.date} onChange={(date) => setTraining((x) => ({ ...x, date }))} />
          <button
            type="button"
            disabled={!training.title.trim() || !training.date}
            onClick={() => {
              set('trainings')([...form.trainings, { title: training.title.trim(), date: training.date }]);
              setTraining({ title: '', date: todayIso() });
            }}
          >
            {t('form.addTraining')}
          </button>
        </div>
      </Section>
      <Section title={t('form.consentTitle')}>
        {ConsentKind.options.map((k) => {
          const kind = t(`consentKinds.${k}`);
          const c = form.consents[k];
          return (
            <div key={k} className="toolbar">
              <SelectField
                label={t('form.consentStatus', { kind })}
                value={c.state}
                onChange={(v) => setConsent(k, { state: v as ConsentForm['state'] })}
                options={options(t, 'consentState', ['unknown', 'given', 'refused'])}
              />
              {c.state !== 'unknown' && (
                <>
                  <TextField
                    label={t('form.consentDate', { kind })}
                    type="date"
                    value={c.date}
                    onChange={(date) => setConsent(k, { date })}
                    error={errors[`consents.${k}.date`]}
                  />
                  <SelectField
                    label={t('form.consentMethod', { kind })}
                    required
                    value={c.method}
                    placeholder={tf('choose')}
                    onChange={(v) => setConsent(k, { method: v as ConsentMethod | '' })}
                    options={options(t, 'consentMethods', ConsentMethod.options)}
                    error={errors[`consents.${k}.method`]}
                  />
                  <TextField
                    label={t('form.consentExpires', { kind })}
                    type="date"
                    value={c.expires}
                    onChange={(expires) => setConsent(k, { expires })}
                    error={errors[`consents.${k}.expires`]}
                  />
                </>
              )}
            </div>
          );
        })}
      </Section>
      <Section title={t('form.dualTitle')}>
        <CheckboxGroup legend={t('form.dualRoles')} options={options(t, 'dualRoles', DualRole.options)} value={form.dualRoles} onChange={set('dualRoles')} />
        <TextField label={t('form.dualRoleNote')} value={form.dualRoleNote} onChange={set('dualRoleNote')} max={L.dualRoleNote} error={errors.dualRoleNote} />
      </Section>
      <Section title={t('form.sourceTitle')}>
        <SelectField
          label={t('form.source')}
          value={form.source}
          onChange={set('source')}
          placeholder="—"
          options={options(t, 'sources', InterestSource.options)}
        />
        {!partner && (
          <SelectField
            label={t('form.initialStep')}
            value={form.step}
            onChange={(v) => set('step')(v as PipelineStep)}
            options={options(t, 'steps', PipelineStep.options)}
          />
        )}
        <TextField label={t('form.notes')} value={form.notes} onChange={set('notes')} multiline max={L.notes} error={errors.notes} />
      </Section>
    </DraftForm>
  );
};
