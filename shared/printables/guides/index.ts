import type { UiLanguage } from '../../model/enums';
import type { GuideKey } from '../../model/printables';
import { guidesEn } from './en';
import type { GuideText } from './fields';
import { guidesFr } from './fr';

export * from './fields';

/** The text a guide starts with, and returns to when the coordinator restores the original. */
export const originalGuide = (guide: GuideKey, language: UiLanguage): GuideText => (language === 'en' ? guidesEn : guidesFr)[guide];
