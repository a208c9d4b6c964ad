import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import lists from '../../../../shared/reference/lists.json';
import { OfficeSettingsFields, type OfficeLogo } from '../../../../shared/model/settings';
import { getServices } from '../../db/services';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FirstRunRole } from '../../components/FirstRunRole';
import { RouteLink } from '../../components/RouteLink';
import { Section, SelectField, TextField } from '../../components/Fields';
import { useUi } from '../../store/ui';
import { BackupSection } from './BackupSection';
import { loadDemoData } from './loadDemo';
import { LogoField } from './LogoField';
import { RestoreSection } from './RestoreSection';
import { SETTINGS_ID, useOfficeSettings } from '../../store/officeSettings';

type Form = Record<Exclude<keyof OfficeSettingsFields, 'logo'>, string>;

const toForm = (s: OfficeSettingsFields): Form => Object.fromEntries(Object.entries(s).flatMap(([k, v]) => (k === 'logo' ? [] : [[k, String(v)]]))) as Form;

export const SettingsScreen = () => {
  const { t } = useTranslation('settings');
  const { t: tc } = useTranslation('central');
  const notify = useUi((s) => s.notify);
  const saved = useOfficeSettings();
  const [form, setForm] = useState<Form>(() => toForm(saved));
  const [logo, setLogo] = useState<OfficeLogo | undefined>(saved.logo);
  const [errors, setErrors] = useState<Partial<Record<keyof Form, string>>>({});
  const [confirmDemo, setConfirmDemo] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    setForm(toForm(saved));
    setLogo(saved.logo);
  }, [saved]);

  const groups = useMemo(
    () =>
      lists.regions.map((r) => ({
        label: `${r.code} – ${r.name}`,
        options: lists.establishments.filter((e) => e.region === r.code).map((e) => ({ value: e.name, label: e.name })),
      })),
    [],
  );

  const set = (k: keyof Form) => (v: string) => setForm((f) => ({ ...f, [k]: v }));

  const save = async () => {
    const parsed = OfficeSettingsFields.safeParse({
      ...form,
      overloadMandates: Number(form.overloadMandates),
      overloadHours: Number(form.overloadHours),
      followUpMonths: Number(form.followUpMonths),
      ...(logo ? { logo } : {}),
    });
    if (!parsed.success) {
      const next: Partial<Record<keyof Form, string>> = {};
      for (const issue of parsed.error.issues) next[issue.path[0] as keyof Form] = t('invalid');
      setErrors(next);
      notify('error', { key: 'fixErrors', ns: 'settings' });
      return;
    }
    setErrors({});
    await getServices().records.save('settings', { ...parsed.data, id: SETTINGS_ID });
    notify('success', { key: 'saved', ns: 'settings' });
  };

  const runDemo = async () => {
    setConfirmDemo(false);
    setBusy(true);
    try {
      const n = await loadDemoData(getServices());
      notify('success', { key: 'demo.loaded', ns: 'settings', params: { count: n } });
    } finally {
      setBusy(false);
    }
  };

  const askDemo = async () => {
    const count = await getServices()
      .db.partners.filter((p) => !p.deleted)
      .count();
    if (count > 0) setConfirmDemo(true);
    else await runDemo();
  };

  return (
    <div className="screen">
      <h1>{t('title')}</h1>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <Section title={t('office')}>
          <SelectField label={t('establishment')} value={form.establishment} onChange={set('establishment')} groups={groups} placeholder={t('choose')} />
          <TextField label={t('officeName')} value={form.officeName} onChange={set('officeName')} error={errors.officeName} />
          <TextField label={t('coordinator')} value={form.coordinator} onChange={set('coordinator')} />
          <TextField label={t('phone')} type="tel" value={form.phone} onChange={set('phone')} />
          <TextField label={t('email')} type="email" value={form.email} onChange={set('email')} error={errors.email} />
          <TextField label={t('address')} value={form.address} onChange={set('address')} multiline />
        </Section>
        <Section title={t('identity')}>
          <TextField label={t('primaryColor')} type="color" value={form.primaryColor} onChange={set('primaryColor')} />
          <TextField label={t('accentColor')} type="color" value={form.accentColor} onChange={set('accentColor')} />
          <LogoField logo={logo} onChange={setLogo} />
        </Section>
        <Section title={t('thresholds')}>
          {(['overloadMandates', 'overloadHours', 'followUpMonths'] as const).map((k) => (
            <TextField key={k} label={t(k)} type="number" value={form[k]} onChange={set(k)} error={errors[k]} />
          ))}
        </Section>
        <div className="actions">
          <button type="submit" className="primary">
            {t('save')}
          </button>
        </div>
      </form>
      <BackupSection />
      <RestoreSection />
      <Section title={tc('settingsMode.title')}>
        <p>{tc('settingsMode.explain')}</p>
        <RouteLink to={{ name: 'receive' }}>{tc('settingsMode.link')}</RouteLink>
        <FirstRunRole inSettings />
      </Section>
      <Section title={t('demo.title')}>
        <p>{t('demo.explain')}</p>
        <button type="button" onClick={() => void askDemo()} disabled={busy}>
          {t('demo.load')}
        </button>
      </Section>
      <ConfirmDialog
        open={confirmDemo}
        title={t('demo.confirmTitle')}
        body={t('demo.confirmBody')}
        confirmLabel={t('demo.confirm')}
        danger
        onConfirm={() => void runDemo()}
        onCancel={() => setConfirmDemo(false)}
      />
    </div>
  );
};
