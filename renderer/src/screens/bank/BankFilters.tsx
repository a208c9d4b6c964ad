import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartnerQuery } from '../../../../shared/logic/partner-query';
import { ConsentKind, Language, Level, PipelineStep, Role } from '../../../../shared/model/enums';
import { sectors, label as refLabel } from '../../../../shared/reference';
import { CheckboxGroup, SelectField, TextField } from '../../components/Fields';
import { options } from '../../components/labels';

interface Props {
  filters: PartnerQuery['filters'];
  lang: 'fr' | 'en';
  onFilter(patch: Partial<PartnerQuery['filters']>): void;
  onClear(): void;
}

/**
 * The bank's filter controls. Memoised with stable callbacks: typing in the search box
 * changes only the text, so these forty-odd controls are not rendered again per keystroke.
 */
export const BankFilters = memo(function BankFilters({ filters, lang, onFilter, onClear }: Props) {
  const { t } = useTranslation('bank');
  return (
    <>
      <CheckboxGroup
        legend={t('col.step')}
        options={options(t, 'steps', PipelineStep.options)}
        value={filters.steps}
        onChange={(v) => onFilter({ steps: v as PipelineStep[] })}
      />
      <CheckboxGroup
        legend={t('form.roles')}
        options={Role.options.map((r) => ({ value: r, label: r }))}
        value={filters.roles}
        onChange={(v) => onFilter({ roles: v as Role[] })}
      />
      <CheckboxGroup
        legend={t('form.levels')}
        options={options(t, 'levels', Level.options)}
        value={filters.levels}
        onChange={(v) => onFilter({ levels: v as Level[] })}
      />
      <CheckboxGroup
        legend={t('col.language')}
        options={options(t, 'languages', Language.options)}
        value={filters.languages}
        onChange={(v) => onFilter({ languages: v as Language[] })}
      />
      <CheckboxGroup
        legend={t('form.consentTitle')}
        options={options(t, 'consentKinds', ConsentKind.options)}
        value={filters.consents}
        onChange={(v) => onFilter({ consents: v as ConsentKind[] })}
      />
      <SelectField
        label={t('filterSector')}
        value={filters.sectors[0] ?? ''}
        onChange={(v) => onFilter({ sectors: v ? [v] : [] })}
        placeholder={t('any')}
        options={sectors.map((s) => ({ value: s.id, label: refLabel(s, lang) }))}
      />
      <TextField label={t('filterTrajectory')} value={filters.trajectories[0] ?? ''} onChange={(v) => onFilter({ trajectories: v.trim() ? [v] : [] })} />
      <TextField label={t('filterCommunity')} value={filters.communities[0] ?? ''} onChange={(v) => onFilter({ communities: v.trim() ? [v] : [] })} />
      <SelectField
        label={t('training')}
        value={filters.training}
        onChange={(v) => onFilter({ training: v as PartnerQuery['filters']['training'] })}
        options={[
          { value: 'any', label: t('trainingAny') },
          { value: 'trained', label: t('trainingTrained') },
          { value: 'untrained', label: t('trainingUntrained') },
        ]}
      />
      <SelectField
        label={t('archivedFilter')}
        value={filters.archived}
        onChange={(v) => onFilter({ archived: v as PartnerQuery['filters']['archived'] })}
        options={[
          { value: 'exclude', label: t('archivedExclude') },
          { value: 'include', label: t('archivedInclude') },
          { value: 'only', label: t('archivedOnly') },
        ]}
      />
      <button type="button" onClick={onClear}>
        {t('clearFilters')}
      </button>
    </>
  );
});
