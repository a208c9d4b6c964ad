import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UiLanguage } from '../../../../shared/model/enums';
import { GuideFields, GuideKey, guideRecordId } from '../../../../shared/model/printables';
import { GUIDE_FIELDS, originalGuide } from '../../../../shared/printables/guides';
import { printOfficeFrom } from '../../../../shared/printables/mapping';
import { getServices } from '../../db/services';
import { call } from '../../bridge';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Section, TextField } from '../../components/Fields';
import { useDraft } from '../../components/useDraft';
import { useUi } from '../../store/ui';
import { useOfficeSettings } from '../../store/officeSettings';
import { usePreview } from './usePreview';

/**
 * Edits one guide in one language. The original stays in the app; the office's version is
 * a record (synced like any other), and "restore the original" deletes that record.
 */
export const GuideEditor = ({ guide, language }: { guide: GuideKey; language: UiLanguage }) => {
  const { t } = useTranslation('printables');
  const id = guideRecordId(guide, language);
  const stored = useLiveQuery(async () => (await getServices().db.guides.get(id)) ?? null, [id]);
  if (stored === undefined) return <p>{t('loading', { ns: 'common' })}</p>;
  const edited = stored && !stored.deleted ? stored : null;
  const source = edited ?? originalGuide(guide, language);
  // A new form for each stored version: saving or restoring starts from what is stored.
  return (
    <GuideForm
      key={edited?.stamp ?? 'original'}
      guide={guide}
      language={language}
      initial={{ title: source.title, body: source.body }}
      edited={edited !== null}
    />
  );
};

const GuideForm = ({
  guide,
  language,
  initial,
  edited,
}: {
  guide: GuideKey;
  language: UiLanguage;
  initial: { title: string; body: string };
  edited: boolean;
}) => {
  const { t } = useTranslation('printables');
  const notify = useUi((s) => s.notify);
  const settings = useOfficeSettings();
  const id = guideRecordId(guide, language);
  const { records } = getServices();
  const [form, setFormState] = useState(initial);
  const [confirmRestore, setConfirmRestore] = useState(false);
  const preview = usePreview();
  const draft = useDraft(`guide:${id}`, form, setFormState);
  const setForm = (next: { title: string; body: string }) => {
    draft.markTouched();
    setFormState(next);
  };

  const save = async () => {
    const parsed = GuideFields.safeParse({ guide, language, ...form });
    if (!parsed.success) {
      notify('error', t('guide.invalid'));
      return;
    }
    await draft.clear();
    await records.save('guides', { ...parsed.data, id });
    notify('success', t('guide.saved'));
  };

  const restore = async () => {
    setConfirmRestore(false);
    await draft.clear();
    await records.remove('guides', id);
    notify('success', t('guide.restored'));
  };

  const show = () =>
    preview.open(async () => {
      const out = await call('pdf.guide', { language, office: printOfficeFrom(settings), guide, title: form.title, body: form.body });
      return { title: t('guide.previewTitle', { title: form.title }), fileName: out.fileName, base64: out.base64, mime: 'application/pdf' };
    });

  return (
    <form
      className="screen"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h1>{t('guide.editTitle', { title: originalGuide(guide, language).title, language: t(`languages.${language}`) })}</h1>
      <p className="hint">{edited ? t('guide.isEdited') : t('guide.isOriginal')}</p>
      <Section title={t('guide.text')}>
        <TextField label={t('guide.title')} value={form.title} onChange={(title) => setForm({ ...form, title })} required />
        <div className="field guide-body">
          <label htmlFor="guide-body">{t('guide.body')}</label>
          <span id="guide-body-hint" className="hint">
            {t('guide.markup', { fields: GUIDE_FIELDS.map((f) => `{{${f}}}`).join(', ') })}
          </span>
          <textarea
            id="guide-body"
            lang={language === 'fr' ? 'fr-CA' : 'en-CA'}
            aria-describedby="guide-body-hint"
            rows={24}
            value={form.body}
            onChange={(e) => setForm({ ...form, body: e.target.value })}
          />
        </div>
      </Section>
      <div className="actions">
        <button type="submit" className="primary">
          {t('guide.save')}
        </button>
        <button type="button" disabled={preview.busy} onClick={() => void show()}>
          {t('guide.preview')}
        </button>
        <button type="button" disabled={!edited} onClick={() => setConfirmRestore(true)}>
          {t('guide.restore')}
        </button>
      </div>
      {preview.dialog}
      <ConfirmDialog
        open={confirmRestore}
        title={t('guide.restoreTitle')}
        body={t('guide.restoreBody')}
        confirmLabel={t('guide.restore')}
        danger
        onConfirm={() => void restore()}
        onCancel={() => setConfirmRestore(false)}
      />
    </form>
  );
};

/** Route parameters are text from the address bar: only known guides and languages open. */
export const GuideRoute = ({ guide, language }: { guide: string; language: string }) => {
  const { t } = useTranslation('printables');
  const g = GuideKey.safeParse(guide);
  const l = UiLanguage.safeParse(language);
  if (!g.success || !l.success) return <h1>{t('guide.notFound')}</h1>;
  return <GuideEditor key={`${g.data}-${l.data}`} guide={g.data} language={l.data} />;
};
