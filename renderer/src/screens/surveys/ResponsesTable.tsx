import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SurveyResponse } from '../../../../shared/model/survey';
import { getServices } from '../../db/services';
import { DataTable } from '../../components/DataTable';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Section } from '../../components/Fields';
import { RouteLink } from '../../components/RouteLink';
import { useFormat } from '../../i18n/format';
import { useUi } from '../../store/ui';

/** Each response on its own line, newest first, so a wrong entry can be found and removed. */
export const ResponsesTable = ({ responses }: { responses: SurveyResponse[] }) => {
  const { t } = useTranslation('engagement');
  const fmt = useFormat();
  const notify = useUi((s) => s.notify);
  const [removing, setRemoving] = useState<SurveyResponse>();
  const rows = [...responses].sort((a, b) => (a.date === b.date ? b.createdAt.localeCompare(a.createdAt) : b.date.localeCompare(a.date)));
  if (rows.length === 0) return null;
  return (
    <Section title={t('responses.title')}>
      <DataTable
        caption={t('responses.title')}
        rows={rows.slice(0, 200)}
        rowKey={(r) => r.id}
        columns={[
          { header: t('responses.date'), cell: (r) => fmt.shortDate(r.date) },
          { header: t('responses.mode'), cell: (r) => t(`modes.${r.mode}`) },
          {
            header: t('responses.about'),
            cell: (r) =>
              r.mandateId ? (
                <RouteLink to={{ name: 'mandate', id: r.mandateId }}>{t('responses.mandate')}</RouteLink>
              ) : r.sessionId ? (
                <RouteLink to={{ name: 'session', id: r.sessionId }}>{t('responses.session')}</RouteLink>
              ) : r.partnerId ? (
                <RouteLink to={{ name: 'partner', id: r.partnerId }}>{t('responses.partner')}</RouteLink>
              ) : (
                '—'
              ),
          },
          {
            header: t('responses.actions'),
            cell: (r) => (
              <button type="button" className="link" onClick={() => setRemoving(r)}>
                {t('responses.remove', { date: fmt.shortDate(r.date) })}
              </button>
            ),
          },
        ]}
      />
      <ConfirmDialog
        open={removing !== undefined}
        title={t('responses.removeTitle')}
        body={t('responses.removeBody')}
        confirmLabel={t('responses.removeConfirm')}
        danger
        onCancel={() => setRemoving(undefined)}
        onConfirm={() => {
          const r = removing;
          setRemoving(undefined);
          if (r)
            void getServices()
              .records.remove('surveyResponses', r.id)
              .then(() => notify('success', { key: 'responses.removed', ns: 'engagement' }));
        }}
      />
    </Section>
  );
};
