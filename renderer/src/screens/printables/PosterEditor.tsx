import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UiLanguage } from '../../../../shared/model/enums';
import { PaperSize, PosterFields, PosterLanguage, type PosterText } from '../../../../shared/model/printables';
import { printOfficeFrom } from '../../../../shared/printables/mapping';
import { qrTarget } from '../../../../shared/printables/qr';
import type { PosterInput } from '../../../../shared/printables/schemas';
import { getServices } from '../../db/services';
import { call } from '../../bridge';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Section, SelectField, TextField } from '../../components/Fields';
import { useDraft } from '../../components/useDraft';
import { useUi } from '../../store/ui';
import { useOfficeSettings } from '../../store/officeSettings';
import { PlainLanguageAid } from './PlainLanguageAid';
import { usePreview } from './usePreview';

const TEXT_FIELDS = ['title', 'callToAction', 'examples', 'eligibility', 'contact'] as const;

/** Every line of one language's text, as the plain-language aid reads it. */
const allText = (p: PosterText): string =>
  TEXT_FIELDS.filter((k) => k !== 'contact')
    .map((k) => p[k])
    .join('\n');

const LanguageText = ({ language, value, onChange }: { language: UiLanguage; value: PosterText; onChange(v: PosterText): void }) => {
  const { t } = useTranslation('printables');
  const lang = t(`languages.${language}`);
  return (
    <div className="poster-language">
      <fieldset className="poster-text" lang={language === 'fr' ? 'fr-CA' : 'en-CA'}>
        <legend>{t('poster.textIn', { language: lang })}</legend>
        {TEXT_FIELDS.map((k) => (
          <TextField
            key={k}
            label={t(`poster.fields.${k}`, { language: lang })}
            hint={k === 'examples' || k === 'eligibility' || k === 'contact' ? t('poster.onePerLine') : undefined}
            value={value[k]}
            multiline={k !== 'title'}
            onChange={(v) => onChange({ ...value, [k]: v })}
          />
        ))}
      </fieldset>
      <PlainLanguageAid text={allText(value)} language={language} />
    </div>
  );
};

/** Loads the poster, then hands it to the form (so a kept draft is restored over it, not under it). */
export const PosterEditor = ({ id }: { id: string }) => {
  const { t } = useTranslation('printables');
  const [loaded, setLoaded] = useState<PosterFields | null | undefined>(undefined);
  useEffect(() => {
    void getServices()
      .db.posters.get(id)
      .then((p) => setLoaded(p && !p.deleted ? PosterFields.parse(p) : null));
  }, [id]);
  if (loaded === undefined) return <p>{t('loading', { ns: 'common' })}</p>;
  if (loaded === null)
    return (
      <div className="screen">
        <h1>{t('poster.notFound')}</h1>
      </div>
    );
  return <PosterForm id={id} initial={loaded} />;
};

const PosterForm = ({ id, initial }: { id: string; initial: PosterFields }) => {
  const { t } = useTranslation('printables');
  const notify = useUi((s) => s.notify);
  const navigate = useUi((s) => s.navigate);
  const settings = useOfficeSettings();
  const [form, setForm] = useState<PosterFields>(initial);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const preview = usePreview();
  // Typing is kept as a draft: a crash or a click elsewhere loses nothing.
  const draft = useDraft(`poster:${id}`, form, setForm);

  const set = (patch: Partial<PosterFields>) => {
    draft.markTouched();
    setForm({ ...form, ...patch });
  };
  const langs: UiLanguage[] = form.language === 'bilingual' ? ['fr', 'en'] : [form.language];
  const qr = qrTarget(form.qr);
  const input = (): PosterInput => ({ ...form, office: printOfficeFrom(settings) });

  const save = async () => {
    const parsed = PosterFields.safeParse(form);
    if (!parsed.success) {
      notify('error', t('poster.invalid'));
      return;
    }
    await getServices().records.save('posters', { ...parsed.data, id });
    await draft.clear();
    notify('success', t('poster.saved'));
  };

  const showPdf = () =>
    preview.open(async () => {
      const out = await call('pdf.poster', input());
      return {
        title: t('poster.previewTitle', { name: form.name }),
        fileName: out.fileName,
        base64: out.base64,
        mime: 'application/pdf',
        notice: out.pages > 1 ? t('poster.tooLong', { pages: out.pages }) : undefined,
      };
    });

  const showImage = (format: 'social' | 'tv') =>
    preview.open(async () => {
      const out = await call('image.poster', { poster: input(), format });
      return { title: t(`poster.image.${format}`), fileName: out.fileName, base64: out.base64, mime: 'image/png' };
    });

  /** Reuse for a new campaign: a copy to change, the original kept as it was printed. */
  const duplicate = async () => {
    const parsed = PosterFields.safeParse({ ...form, name: t('poster.copyName', { name: form.name }).slice(0, 120) });
    if (!parsed.success) {
      notify('error', t('poster.invalid'));
      return;
    }
    const copy = await getServices().records.save('posters', parsed.data);
    notify('success', t('poster.copied'));
    navigate({ name: 'poster', id: copy.id });
  };

  const remove = async () => {
    setConfirmDelete(false);
    await getServices().records.remove('posters', id);
    await draft.clear();
    notify('success', t('poster.deleted'));
    navigate({ name: 'printables' });
  };

  return (
    <form
      className="screen"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h1>{t('poster.editTitle', { name: form.name })}</h1>
      <Section title={t('poster.layout')}>
        <TextField label={t('poster.name')} hint={t('poster.nameHint')} value={form.name} onChange={(name) => set({ name })} required />
        <div className="grid-2">
          <SelectField
            label={t('poster.paper')}
            value={form.paper}
            onChange={(v) => set({ paper: PaperSize.parse(v) })}
            options={PaperSize.options.map((p) => ({ value: p, label: t(`poster.papers.${p}`) }))}
          />
          <SelectField
            label={t('poster.language')}
            value={form.language}
            onChange={(v) => set({ language: PosterLanguage.parse(v) })}
            options={PosterLanguage.options.map((l) => ({ value: l, label: t(`poster.languages.${l}`) }))}
          />
        </div>
      </Section>
      <Section title={t('poster.text')}>
        {langs.map((l) => (
          <LanguageText key={l} language={l} value={form[l]} onChange={(v) => set({ [l]: v })} />
        ))}
        <TextField label={t('poster.syllabics')} hint={t('poster.syllabicsHint')} value={form.syllabics} onChange={(syllabics) => set({ syllabics })} />
        <TextField
          label={t('poster.qr')}
          hint={form.qr.trim() === '' ? t('poster.qrHint') : qr ? t(`poster.qrKinds.${qr.kind}`, { value: qr.payload }) : undefined}
          error={form.qr.trim() !== '' && !qr ? t('poster.qrInvalid') : undefined}
          value={form.qr}
          onChange={(v) => set({ qr: v })}
        />
      </Section>
      <div className="actions">
        <button type="submit" className="primary">
          {t('poster.save')}
        </button>
        <button type="button" disabled={preview.busy} onClick={() => void showPdf()}>
          {t('poster.preview')}
        </button>
        <button type="button" disabled={preview.busy} onClick={() => void showImage('social')}>
          {t('poster.image.social')}
        </button>
        <button type="button" disabled={preview.busy} onClick={() => void showImage('tv')}>
          {t('poster.image.tv')}
        </button>
        <button type="button" onClick={() => void duplicate()}>
          {t('poster.duplicate')}
        </button>
        <button type="button" className="danger" onClick={() => setConfirmDelete(true)}>
          {t('poster.delete')}
        </button>
      </div>
      {preview.dialog}
      <ConfirmDialog
        open={confirmDelete}
        title={t('poster.deleteTitle', { name: form.name })}
        body={t('poster.deleteBody')}
        confirmLabel={t('poster.delete')}
        danger
        onConfirm={() => void remove()}
        onCancel={() => setConfirmDelete(false)}
      />
    </form>
  );
};
