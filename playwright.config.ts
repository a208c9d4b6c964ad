import { defineConfig } from '@playwright/test';

export const E2E_PORT = Number(process.env.RELAIS_E2E_PORT ?? 47690);
export const E2E_TOKEN = 'e2e-token-0123456789abcdef';

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
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${E2E_PORT}`,
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs },
    locale: 'fr-CA',
    timezoneId: 'America/Toronto',
    acceptDownloads: true,
    trace: 'off',
  },
  webServer: {
    command: 'tsx electron/web-host/cli.ts',
    url: `http://127.0.0.1:${E2E_PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'pipe',
    env: {
      RELAIS_PORT: String(E2E_PORT),
      RELAIS_WEB_TOKEN: E2E_TOKEN,
      RELAIS_DATA_DIR: `.tmp/e2e-data-${Date.now()}`,
      RELAIS_QUIET: '1',
    },
  },
});
