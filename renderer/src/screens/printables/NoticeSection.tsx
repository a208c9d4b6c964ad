import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UiLanguage } from '../../../../shared/model/enums';
import { noticeInputFrom } from '../../../../shared/printables/mapping';
import { getServices } from '../../db/services';
import { call } from '../../bridge';
import { Section, SelectField, TextField } from '../../components/Fields';
import { live } from '../../db/records';
import { todayIso } from '../../i18n/format';
import { useOfficeSettings } from '../../store/officeSettings';
import { usePreview } from './usePreview';

/** The recruitment notice for the users' committee, made from one request. */
export const NoticeSection = () => {
  const { t } = useTranslation('printables');
  const settings = useOfficeSettings();
  const { db } = getServices();
  const requests = useLiveQuery(async () => live(await db.requests.orderBy('receivedAt').reverse().toArray()), [], []);
  const [requestId, setRequestId] = useState('');
  const [language, setLanguage] = useState<UiLanguage>('fr');
  const [answerBy, setAnswerBy] = useState('');
  const preview = usePreview();
  const request = requests.find((r) => r.id === requestId);

  const make = () =>
    preview.open(async () => {
      if (!request) throw new Error('not_found');
      const out = await call('pdf.notice', noticeInputFrom(settings, request, language, todayIso(), answerBy || undefined));
      return { title: t('notice.previewTitle', { title: request.title }), fileName: out.fileName, base64: out.base64, mime: 'application/pdf' };
    });

  return (
    <Section title={t('notice.title')}>
      <p className="hint">{t('notice.explain')}</p>
      {requests.length === 0 ? (
        <p>{t('notice.noRequest')}</p>
      ) : (
        <>
          <SelectField
            label={t('notice.request')}
            value={requestId}
            onChange={setRequestId}
            placeholder={t('notice.choose')}
            options={requests.map((r) => ({ value: r.id, label: r.title }))}
          />
          <div className="grid-2">
            <SelectField
              label={t('notice.language')}
              value={language}
              onChange={(v) => setLanguage(UiLanguage.parse(v))}
              options={UiLanguage.options.map((l) => ({ value: l, label: t(`poster.languages.${l}`) }))}
            />
            <TextField label={t('notice.answerBy')} type="date" value={answerBy} onChange={setAnswerBy} />
          </div>
          <button type="button" disabled={!request || preview.busy} onClick={() => void make()}>
            {t('notice.make')}
          </button>
        </>
      )}
      {preview.dialog}
    </Section>
  );
};
