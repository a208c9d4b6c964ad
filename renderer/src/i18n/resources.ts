import enBank from '../locales/en/bank.json';
import enBankImport from '../locales/en/bankImport.json';
import enCommon from '../locales/en/common.json';
import enFields from '../locales/en/fields.json';
import enPrintables from '../locales/en/printables.json';
import enIndicators from '../locales/en/indicators.json';
import enRequests from '../locales/en/requests.json';
import enSettings from '../locales/en/settings.json';
import enSync from '../locales/en/sync.json';
import { vocabularyFiles } from '../../../shared/vocabulary';
import frBank from '../locales/fr/bank.json';
import frBankImport from '../locales/fr/bankImport.json';
import frCommon from '../locales/fr/common.json';
import frFields from '../locales/fr/fields.json';
import frPrintables from '../locales/fr/printables.json';
import frIndicators from '../locales/fr/indicators.json';
import frRequests from '../locales/fr/requests.json';
import frSettings from '../locales/fr/settings.json';
import frSync from '../locales/fr/sync.json';

// One JSON file per language and feature; both languages are bundled because the whole
// app must work offline and the files are small.
export const resources = {
  fr: { common: frCommon, bank: { ...frBank, ...vocabularyFiles.fr.labels }, requests: frRequests, settings: frSettings, sync: frSync, fields: frFields, printables: frPrintables, indicators: frIndicators, bankImport: frBankImport },
  en: { common: enCommon, bank: { ...enBank, ...vocabularyFiles.en.labels }, requests: enRequests, settings: enSettings, sync: enSync, fields: enFields, printables: enPrintables, indicators: enIndicators, bankImport: enBankImport },
} as const;
