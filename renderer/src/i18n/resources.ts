import enBackup from '../locales/en/backup.json';
import enBank from '../locales/en/bank.json';
import enCentral from '../locales/en/central.json';
import enBankImport from '../locales/en/bankImport.json';
import enCommon from '../locales/en/common.json';
import enFields from '../locales/en/fields.json';
import enEngagement from '../locales/en/engagement.json';
import enKeyboard from '../locales/en/keyboard.json';
import enPrintables from '../locales/en/printables.json';
import enIndicators from '../locales/en/indicators.json';
import enRequests from '../locales/en/requests.json';
import enSettings from '../locales/en/settings.json';
import enSync from '../locales/en/sync.json';
import frBackup from '../locales/fr/backup.json';
import { vocabularyFiles } from '../../../shared/vocabulary';
import frBank from '../locales/fr/bank.json';
import frCentral from '../locales/fr/central.json';
import frBankImport from '../locales/fr/bankImport.json';
import frCommon from '../locales/fr/common.json';
import frFields from '../locales/fr/fields.json';
import frEngagement from '../locales/fr/engagement.json';
import frKeyboard from '../locales/fr/keyboard.json';
import frPrintables from '../locales/fr/printables.json';
import frIndicators from '../locales/fr/indicators.json';
import frRequests from '../locales/fr/requests.json';
import frSettings from '../locales/fr/settings.json';
import frSync from '../locales/fr/sync.json';

// One JSON file per language and feature; both languages are bundled because the whole
// app must work offline and the files are small.
export const resources = {
  fr: {
    common: frCommon,
    bank: { ...frBank, ...vocabularyFiles.fr.labels },
    requests: frRequests,
    settings: frSettings,
    sync: frSync,
    fields: frFields,
    printables: frPrintables,
    indicators: frIndicators,
    backup: frBackup,
    central: frCentral,
    engagement: frEngagement,
    keyboard: frKeyboard,
    bankImport: frBankImport,
  },
  en: {
    common: enCommon,
    bank: { ...enBank, ...vocabularyFiles.en.labels },
    requests: enRequests,
    settings: enSettings,
    sync: enSync,
    fields: enFields,
    printables: enPrintables,
    indicators: enIndicators,
    backup: enBackup,
    central: enCentral,
    engagement: enEngagement,
    keyboard: enKeyboard,
    bankImport: enBankImport,
  },
} as const;
