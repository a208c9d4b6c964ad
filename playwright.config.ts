import { execFileSync } from 'node:child_process';
import { defineConfig } from '@playwright/test';

/**
 * Ports are picked free by the runner (never fixed), then handed to the workers through
 * the environment they inherit, so every process agrees and parallel checkouts never
 * collide. RELAIS_E2E_PORT pins them when needed.
 */
function freePorts(count: number): number[] {
  const script = `const net=require('net');const out=[];let left=${count};for(let i=0;i<${count};i++){const s=net.createServer();s.listen(0,'127.0.0.1',()=>{out.push(s.address().port);if(--left===0){console.log(out.join(','));}});}setTimeout(()=>process.exit(0),50).unref();`;
  return execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }).trim().split(',').map(Number);
}
if (!process.env.RELAIS_E2E_PORT) {
  const [a, b] = freePorts(2);
  process.env.RELAIS_E2E_PORT = String(a);
  process.env.RELAIS_E2E_SYNC_PORT = String(b);
}
export const E2E_PORT = Number(process.env.RELAIS_E2E_PORT);
export const E2E_TOKEN = 'e2e-token-0123456789abcdef';
/**
 * The sync tests get a browser host of their own: a host keeps one outbox and one
 * delivered-up-to stamp, which in real use belong to one coordinator's browser, not to
 * the many fresh profiles the other tests open in parallel.
 */
export const E2E_SYNC_PORT = Number(process.env.RELAIS_E2E_SYNC_PORT ?? E2E_PORT + 1);

const host = (port: number, name: string) => ({
  command: 'tsx electron/web-host/cli.ts',
  url: `http://127.0.0.1:${port}/`,
  reuseExistingServer: false,
  timeout: 60_000,
  stdout: 'pipe' as const,
  env: {
    RELAIS_PORT: String(port),
    RELAIS_WEB_TOKEN: E2E_TOKEN,
    RELAIS_DATA_DIR: `.tmp/e2e-${name}-${Date.now()}`,
    RELAIS_QUIET: '1',
  },
});

// Debian's Chromium, never a downloaded browser; the flags keep it off the network.
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: '.tmp/reports/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${E2E_PORT}`,
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs },
    locale: 'fr-CA',
    timezoneId: 'America/Toronto',
    acceptDownloads: true,
    trace: 'off',
  },
  webServer: [host(E2E_PORT, 'data'), host(E2E_SYNC_PORT, 'sync')],
});
