import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { APP_ROOT, appSchemePrivileges, handleAppRequest } from '../../../electron/app-protocol';
import { isAppUrl } from '../../../electron/security';

let rendererDir: string;

beforeAll(async () => {
  const root = await mkdtemp(join(tmpdir(), 'relais-app-scheme-'));
  rendererDir = join(root, 'renderer');
  await mkdir(join(rendererDir, 'assets'), { recursive: true });
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Relais</title>');
  await writeFile(join(rendererDir, 'assets', 'index.js'), 'console.log(1)');
  await writeFile(join(root, 'secret.txt'), 'outside the renderer');
});

describe('the app:// scheme the desktop window loads', () => {
  it('is a standard, secure scheme, so module scripts, CSP self and IndexedDB work', () => {
    expect(appSchemePrivileges.privileges).toMatchObject({ standard: true, secure: true });
  });

  it('serves the renderer with its content type and the strict CSP', async () => {
    const html = await handleAppRequest(rendererDir, `${APP_ROOT}index.html`);
    expect(html.status).toBe(200);
    expect(html.headers.get('content-type')).toContain('text/html');
    expect(html.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await html.text()).toContain('<title>Relais</title>');
    const js = await handleAppRequest(rendererDir, `${APP_ROOT}assets/index.js`);
    expect(js.headers.get('content-type')).toContain('text/javascript');
  });

  it('never serves a file outside the renderer folder, nor another host', async () => {
    expect((await handleAppRequest(rendererDir, `${APP_ROOT}%2e%2e/secret.txt`)).status).toBe(404);
    expect((await handleAppRequest(rendererDir, `${APP_ROOT}..%2fsecret.txt`)).status).toBe(404);
    expect((await handleAppRequest(rendererDir, 'app://elsewhere/index.html')).status).toBe(404);
    expect((await handleAppRequest(rendererDir, `${APP_ROOT}missing.js`)).status).toBe(404);
  });

  it('is the only origin the IPC bridge trusts', () => {
    expect(isAppUrl(`${APP_ROOT}index.html#/bank`, APP_ROOT)).toBe(true);
    expect(isAppUrl('file:///opt/Relais/resources/app.asar/out/renderer/index.html', APP_ROOT)).toBe(false);
    expect(isAppUrl('app://evil/index.html', APP_ROOT)).toBe(false);
  });
});
