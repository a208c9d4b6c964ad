import type { UiLanguage } from '../../shared/model/enums';
import type { Logger } from '../services/logger';
import type { SecretStore } from '../services/secret-store';

/**
 * What the handler table needs from its host. Electron passes its dialog and safeStorage;
 * the browser host passes plain Node versions. Nothing here imports `electron`.
 */
export interface HostContext {
  shell: 'electron' | 'web';
  version: string;
  /** Folder for the outbox, keys and main-process state. */
  dataDir: string;
  log: Logger;
  secrets: SecretStore;
  /** Native "save as" dialog; absent in the browser host. Returns the chosen path or null. */
  chooseSavePath?: (suggestedName: string) => Promise<string | null>;
  onLanguageChange?: (language: UiLanguage) => void;
}
