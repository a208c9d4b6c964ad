import { homedir } from 'node:os';
import { join } from 'node:path';
import type { HostContext } from '../handlers/context';
import type { Logger } from '../services/logger';
import { fileSecretStore } from '../services/secret-store';
import pkg from '../../package.json';

/** Where the browser host keeps main-process state when no folder is given. */
export const defaultDataDir = (): string => join(process.env.XDG_DATA_HOME ?? join(homedir(), '.local', 'share'), 'relais', 'web-host');

/**
 * The browser host has no OS keychain and no native dialogs: secrets sit in files only
 * the user can read (and the app says so), and saving falls back to downloads.
 */
export const webHostContext = (dataDir: string, log: Logger): HostContext => ({
  shell: 'web',
  version: pkg.version,
  dataDir,
  log,
  secrets: fileSecretStore(dataDir),
});
