import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { AccompanimentStepId } from '../../../shared/model/enums';
import { builtInId } from '../../../shared/model/survey';
import { getServices } from '../db/services';
import { live } from '../db/records';
import { useFormat } from '../i18n/format';
import { RouteLink } from './RouteLink';

/**
 * A mandate's survey step, tied to the survey instruments: links to answer (typed in, or
 * on the laptop in kiosk mode) and the answers already linked to this mandate and step.
 */
export const MandateSurveyLinks = ({ mandateId, stepId }: { mandateId: string; stepId: AccompanimentStepId }) => {
  const { t } = useTranslation('engagement');
  const fmt = useFormat();
  const instrumentId = builtInId(stepId === 'survey_team' ? 'post_team' : 'post_partner');
  const answers = useLiveQuery(
    async () => live(await getServices().db.surveyResponses.where('mandateId').equals(mandateId).toArray()).filter((r) => r.stepId === stepId),
    [mandateId, stepId],
  );
  const about = { mandate: mandateId, step: stepId };
  return (
    <div className="actions">
      <RouteLink to={{ name: 'surveyAnswer', id: instrumentId, about }}>{t('mandateSurvey.enter')}</RouteLink>
      <RouteLink to={{ name: 'kiosk', id: instrumentId, about }}>{t('mandateSurvey.kiosk')}</RouteLink>
      <span role="status" aria-label={t('mandateSurvey.linked')}>
        {answers && answers.length > 0 ? (
          <RouteLink to={{ name: 'instrument', id: instrumentId }}>
            {t('mandateSurvey.count', {
              count: answers.length,
              date: fmt.shortDate(
                answers
                  .map((a) => a.date)
                  .sort()
                  .at(-1),
              ),
            })}
          </RouteLink>
        ) : (
          t('mandateSurvey.none')
        )}
      </span>
    </div>
  );
};
