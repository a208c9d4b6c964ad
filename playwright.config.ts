import { defineConfig } from '@playwright/test';

export const E2E_PORT = Number(process.env.RELAIS_E2E_PORT ?? 47690);
export const E2E_TOKEN = 'e2e-token-0123456789abcdef';
/**
 * The sync tests get a browser host of their own: a host keeps one outbox and one
 * delivered-up-to stamp, which in real use belong to one coordinator's browser, not to
 * the many fresh profiles the other tests open in parallel.
 */
export const E2E_SYNC_PORT = E2E_PORT + 1;

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
