import { useTranslation } from 'react-i18next';
import { label as refLabel, sectors as sectorList } from '../../../shared/reference';
import { CheckboxGroup, TextField } from './Fields';

interface SectorFieldsProps {
  /** The namespace whose form.sectors, form.trajectories and form.listHint name the fields. */
  ns: 'bank' | 'requests';
  sectors: string[];
  trajectories: string;
  onSectors(v: string[]): void;
  onTrajectories(v: string): void;
  error?: string;
}

/**
 * The health sectors (reference list, in the UI language) and the care trajectories typed
 * as a list: what a partner has lived, or what a request looks for. Matching compares the two.
 */
export const SectorFields = ({ ns, sectors, trajectories, onSectors, onTrajectories, error }: SectorFieldsProps) => {
  const { t, i18n } = useTranslation(ns);
  const lang = i18n.language === 'en' ? 'en' : 'fr';
  return (
    <>
      <CheckboxGroup
        legend={t('form.sectors')}
        options={sectorList.map((s) => ({ value: s.id, label: refLabel(s, lang) }))}
        value={sectors}
        onChange={onSectors}
      />
      <TextField label={t('form.trajectories')} hint={t('form.listHint')} value={trajectories} onChange={onTrajectories} error={error} />
    </>
  );
};
