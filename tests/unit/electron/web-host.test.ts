import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHost } from '../../../electron/host';
import { silentLogger } from '../../../electron/services/logger';
import { webHostContext } from '../../../electron/web-host/context';
import { startWebHost, type WebHost } from '../../../electron/web-host/server';

let host: WebHost;
const token = 'test-token-abcdefghijklmnop';

beforeAll(async () => {
  const root = await mkdtemp(join(tmpdir(), 'relais-webhost-'));
  const rendererDir = join(root, 'renderer');
  await mkdir(rendererDir);
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Relais</title>');
  await writeFile(join(root, 'secret.txt'), 'outside');
  host = await startWebHost({ rendererDir, handlers: createHost(webHostContext(join(root, 'data'), silentLogger)).handlers, token, log: silentLogger });
});
afterAll(() => host.close());

const base = () => `http://127.0.0.1:${host.port}`;
const callBridge = (headers: Record<string, string>, body = '{}') =>
  fetch(`${base()}/bridge/app.info`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body });

describe('browser host', () => {
  it('serves the renderer with the strict CSP', async () => {
    const res = await fetch(`${base()}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await res.text()).toContain('<title>Relais</title>');
  });

  it('prints a URL carrying the token in the fragment only', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/#token=${token}`);
  });

  it('routes a bridge call with the token to the same handler table', async () => {
    const res = await callBridge({ 'X-Relais-Token': token });
    expect(await res.json()).toMatchObject({ ok: true, value: { shell: 'web' } });
  });

  it('refuses a call without the token, with a wrong one, or from a foreign origin', async () => {
    expect((await callBridge({})).status).toBe(403);
    expect((await callBridge({ 'X-Relais-Token': `${token}x` })).status).toBe(403);
    expect((await callBridge({ 'X-Relais-Token': token, Origin: 'http://evil.example' })).status).toBe(403);
  });

  it('validates inputs exactly as the Electron IPC does', async () => {
    const res = await fetch(`${base()}/bridge/app.setLanguage`, {
      method: 'POST',
      headers: { 'X-Relais-Token': token },
      body: JSON.stringify({ language: 'de' }),
    });
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('does not serve files outside the renderer folder', async () => {
    const res = await fetch(`${base()}/..%2fsecret.txt`);
    expect(res.status).toBe(404);
  });
});
