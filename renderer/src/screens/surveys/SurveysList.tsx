import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getServices } from '../../db/services';
import { DataTable } from '../../components/DataTable';
import { Checkbox } from '../../components/Fields';
import { RouteLink } from '../../components/RouteLink';
import { live } from '../../db/records';
import { useFormat } from '../../i18n/format';
import { useUi } from '../../store/ui';
import { ensureBuiltIns } from './actions';
import { inLang } from './AnswerForm';

export const SurveysList = () => {
  const { t, i18n } = useTranslation('engagement');
  const fmt = useFormat();
  const navigate = useUi((s) => s.navigate);
  const lang = i18n.language === 'en' ? 'en' : 'fr';
  const [showArchived, setShowArchived] = useState(false);
  useEffect(() => void ensureBuiltIns(getServices()), []);
  const { db } = getServices();
  const data = useLiveQuery(async () => {
    const instruments = live(await db.instruments.toArray()).filter((i) => showArchived || !i.archived);
    const counts = new Map<string, number>();
    for (const r of live(await db.surveyResponses.toArray())) counts.set(r.instrumentId, (counts.get(r.instrumentId) ?? 0) + 1);
    return { instruments, counts };
  }, [showArchived]);
  const rows = (data?.instruments ?? []).sort(
    (a, b) => Number(Boolean(b.builtIn)) - Number(Boolean(a.builtIn)) || inLang(a.title, lang).localeCompare(inLang(b.title, lang)),
  );
  return (
    <div className="screen">
      <h1>{t('surveys.title')}</h1>
      <p>{t('surveys.intro')}</p>
      <div className="actions">
        <button type="button" className="primary" onClick={() => navigate({ name: 'instrumentNew' })}>
          {t('surveys.add')}
        </button>
      </div>
      <Checkbox label={t('surveys.showArchived')} checked={showArchived} onChange={setShowArchived} />
      {!data ? (
        <p>{t('loading')}</p>
      ) : (
        <DataTable
          caption={t('surveys.title')}
          rows={rows}
          rowKey={(i) => i.id}
          columns={[
            {
              header: t('surveys.instrument'),
              cell: (i) => (
                <>
                  <RouteLink to={{ name: 'instrument', id: i.id }}>{inLang(i.title, lang)}</RouteLink>
                  {i.archived && <span className="badge"> {t('surveys.archivedBadge')}</span>}
                </>
              ),
            },
            { header: t('surveys.audience'), cell: (i) => t(`audiences.${i.audience}`) },
            { header: t('surveys.questions'), cell: (i) => fmt.number(i.questions.length) },
            { header: t('surveys.responsesCol'), cell: (i) => fmt.number(data.counts.get(i.id) ?? 0) },
          ]}
        />
      )}
    </div>
  );
};
