import type { TFunction } from 'i18next';
import { sectorLabel } from '../../../shared/reference';
import type { UiLanguage } from '../../../shared/model/enums';

/** Option lists for the bank's selects and checkbox groups, translated. */
export const options = <K extends string>(t: TFunction, group: string, keys: readonly K[]) => keys.map((k) => ({ value: k, label: t(`${group}.${k}`) }));

export const splitList = (s: string): string[] =>
  s
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);

export const sectorText = (stored: string[], lang: UiLanguage): string => stored.map((s) => sectorLabel(s, lang)).join(', ');
