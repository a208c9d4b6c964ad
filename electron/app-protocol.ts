import { CONTENT_SECURITY_POLICY } from './security';
import { readStatic } from './static-files';

/**
 * The desktop window loads the renderer from `app://relais/`, not `file://`: with the
 * file-protocol fuse off (as it should be), Chromium treats file pages as origin "null"
 * and refuses their module scripts. A standard, secure custom scheme gives the page a
 * real origin for its scripts, CSP 'self' and IndexedDB.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'relais';
export const APP_ROOT = `${APP_SCHEME}://${APP_HOST}/`;

/** What `protocol.registerSchemesAsPrivileged` needs, before the app is ready. */
export const appSchemePrivileges = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true },
} as const;

/** Answers one request on the app scheme from the built renderer folder. */
export const handleAppRequest = async (rendererDir: string, requestUrl: string): Promise<Response> => {
  const url = new URL(requestUrl);
  const file = url.host === APP_HOST ? await readStatic(rendererDir, url.pathname) : null;
  if (!file) return new Response('not found', { status: 404, headers: { 'Content-Type': 'text/plain' } });
  return new Response(new Uint8Array(file.body), {
    status: 200,
    headers: {
      'Content-Type': file.type,
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
    },
  });
};
