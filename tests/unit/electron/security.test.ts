import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  hardenContents,
  hardenSession,
  isAppUrl,
  secureWebPreferences,
  type HardenableContents,
  type HardenableSession,
} from '../../../electron/security';

// Electron's session and webContents, reduced to what the hardening touches, recording
// the handlers it installs so the test can exercise them as Electron would.
const fakeSession = () => {
  const s = {
    permissionRequest: null as null | ((wc: unknown, p: string, cb: (g: boolean) => void) => void),
    permissionCheck: null as null | ((wc: unknown, p: string) => boolean),
    headers: null as null | Parameters<HardenableSession['webRequest']['onHeadersReceived']>[0],
  };
  const session: HardenableSession = {
    setPermissionRequestHandler: (h) => void (s.permissionRequest = h),
    setPermissionCheckHandler: (h) => void (s.permissionCheck = h),
    webRequest: { onHeadersReceived: (l) => void (s.headers = l) },
  };
  return { s, session };
};

const fakeContents = () => {
  const listeners = new Map<string, (e: { preventDefault(): void }, url?: string) => void>();
  let openHandler: ((d: { url: string }) => { action: 'deny' }) | null = null;
  const contents = {
    on: (event: string, l: (e: { preventDefault(): void }, url?: string) => void) => listeners.set(event, l),
    setWindowOpenHandler: (h: (d: { url: string }) => { action: 'deny' }) => void (openHandler = h),
  } as unknown as HardenableContents;
  const fire = (event: string, url?: string) => {
    let prevented = false;
    listeners.get(event)?.({ preventDefault: () => void (prevented = true) }, url);
    return prevented;
  };
  return { contents, fire, open: (url: string) => openHandler?.({ url }) };
};

const APP_ROOT = 'file:///opt/Relais/resources/app.asar/out/renderer/';

describe('window hardening', () => {
  it('isolates the renderer: context isolation, sandbox, no Node, no webview', () => {
    const prefs = secureWebPreferences('/opt/Relais/preload.cjs');
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
    });
  });

  it('sends a CSP that starts from none and names no remote origin', () => {
    expect(CONTENT_SECURITY_POLICY.startsWith("default-src 'none'")).toBe(true);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*|unsafe-inline|unsafe-eval/);
    // Previews are drawn by pdf.js from the app's own worker file, the CSV import parses in
    // one too; no frame, no browser PDF viewer.
    expect(CONTENT_SECURITY_POLICY).toContain("worker-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('frame-src');
    const { s, session } = fakeSession();
    hardenSession(session);
    let headers: Record<string, string[] | string> = {};
    s.headers?.({ responseHeaders: { 'Content-Type': ['text/html'] } }, (r) => void (headers = r.responseHeaders));
    expect(headers['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
    expect(headers['Content-Type']).toEqual(['text/html']);
  });

  it('refuses every permission request and check', () => {
    const { s, session } = fakeSession();
    hardenSession(session);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      let granted: boolean | undefined;
      s.permissionRequest?.({}, permission, (g) => void (granted = g));
      expect(granted, permission).toBe(false);
      expect(s.permissionCheck?.({}, permission)).toBe(false);
    }
  });

  it('blocks navigation away from the app, new windows and webviews', () => {
    const { contents, fire, open } = fakeContents();
    hardenContents(contents, APP_ROOT);
    expect(fire('will-navigate', 'https://example.org/phish')).toBe(true);
    expect(fire('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(fire('will-redirect', 'http://127.0.0.1:8080/')).toBe(true);
    expect(fire('will-navigate', `${APP_ROOT}index.html#/bank`)).toBe(false);
    expect(fire('will-attach-webview')).toBe(true);
    expect(open('https://example.org')).toEqual({ action: 'deny' });
    expect(open(`${APP_ROOT}index.html`)).toEqual({ action: 'deny' });
  });

  it('recognises only the packaged renderer as the app', () => {
    expect(isAppUrl(`${APP_ROOT}index.html`, APP_ROOT)).toBe(true);
    expect(isAppUrl('file:///opt/Relais/resources/other/index.html', APP_ROOT)).toBe(false);
    expect(isAppUrl('not a url', APP_ROOT)).toBe(false);
  });
});
