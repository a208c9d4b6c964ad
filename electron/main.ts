import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, powerMonitor, protocol, safeStorage, screen, session } from 'electron';
import { fail } from '../shared/bridge/result';
import type { UiLanguage } from '../shared/model/enums';
import { APP_ROOT, APP_SCHEME, appSchemePrivileges, handleAppRequest } from './app-protocol';
import { dispatch } from './bridge/dispatch';
import type { HostContext } from './handlers/context';
import { createHost } from './host';
import { menuTemplate, menuText } from './menu';
import { hardenContents, hardenSession, isAppUrl, secureWebPreferences } from './security';
import { consoleLogger } from './services/logger';
import { fileSecretStore } from './services/secret-store';
import { fetchHttpClient } from './services/sync/http';
import { fitToDisplays, loadWindowState, saveWindowState } from './window-state';

// Thin on purpose: every piece of work lives in plain Node modules wired here.

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // Must happen before 'ready'.
  protocol.registerSchemesAsPrivileged([appSchemePrivileges]);
  const log = consoleLogger(app.isPackaged);
  const rendererDir = join(__dirname, '../renderer');
  const appRoot = APP_ROOT;
  const stateFile = join(app.getPath('userData'), 'window-state.json');
  let language: UiLanguage = app.getLocale().startsWith('en') ? 'en' : 'fr';
  let mainWindow: BrowserWindow | null = null;

  const setMenu = () => Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(language)));

  const ctx: HostContext = {
    shell: 'electron',
    version: app.getVersion(),
    dataDir: app.getPath('userData'),
    log,
    // Asked at each use: safeStorage is unavailable before 'ready' on Windows and Linux, and
    // Linux's 'basic_text' backend is no protection at all.
    secrets: fileSecretStore(app.getPath('userData'), () =>
      app.isReady() && safeStorage.isEncryptionAvailable() && safeStorage.getSelectedStorageBackend?.() !== 'basic_text' ? safeStorage : undefined,
    ),
    chooseSavePath: async (suggestedName) => {
      const options = { title: menuText(language).saveDialogTitle, defaultPath: join(app.getPath('documents'), suggestedName) };
      const result = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    onLanguageChange: (next) => {
      language = next;
      setMenu();
    },
  };
  // WebDAV goes through Chromium's network stack, as a browser on this laptop would: the
  // operating system's certificate store (a health network's own CA, installed by its IT)
  // and its proxy settings, PAC included. A session of its own keeps the window's CSP
  // header hook off these requests. Used only after 'ready', when the drain loop starts.
  const syncHttp = fetchHttpClient((url, init) => session.fromPartition('relais-sync').fetch(url, init));
  const { handlers, sync } = createHost(ctx, { sync: { http: syncHttp } });

  ipcMain.handle('relais:invoke', (event, channel: unknown, input: unknown) => {
    // Only our own page may call the bridge, never a frame that navigated elsewhere.
    const frameUrl = event.senderFrame?.url ?? '';
    if (!isAppUrl(frameUrl, appRoot) || typeof channel !== 'string') return fail('forbidden');
    return dispatch(handlers, channel, input, log);
  });

  const createWindow = async () => {
    const state = fitToDisplays(
      await loadWindowState(stateFile),
      screen.getAllDisplays().map((d) => d.workArea),
    );
    mainWindow = new BrowserWindow({
      ...state,
      minWidth: 900,
      minHeight: 600,
      show: false,
      title: 'Relais',
      webPreferences: secureWebPreferences(join(__dirname, '../preload/index.cjs')),
    });
    hardenContents(mainWindow.webContents, appRoot);
    if (state.maximized) mainWindow.maximize();
    mainWindow.once('ready-to-show', () => mainWindow?.show());
    mainWindow.on('close', () => {
      if (!mainWindow) return;
      const b = mainWindow.getNormalBounds();
      void saveWindowState(stateFile, { ...b, maximized: mainWindow.isMaximized() });
    });
    await mainWindow.loadURL(`${APP_ROOT}index.html`);
  };

  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  app.on('web-contents-created', (_e, contents) => hardenContents(contents, appRoot));
  app.on('window-all-closed', () => app.quit());

  void app.whenReady().then(async () => {
    protocol.handle(APP_SCHEME, (request) => handleAppRequest(rendererDir, request.url));
    hardenSession(session.defaultSession);
    setMenu();
    // The outbox drains by itself: on start, when the OS says the network is back, and on
    // wake from sleep (the link often returns while the lid was closed).
    sync.start();
    powerMonitor.on('resume', () => sync.onConnectivityHint());
    app.on('before-quit', () => sync.stop());
    await createWindow();
  });
}
