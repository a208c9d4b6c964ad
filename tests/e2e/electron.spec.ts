import { _electron as electron } from '@playwright/test';
import { electronBinary } from '../../scripts/electron-binary';
import { expect, test } from './fixtures';

// The real desktop shell. This machine cannot download Electron's binary, so the test
// runs where one is present (ELECTRON_OVERRIDE_DIST_PATH or a downloaded one) and
// reports itself skipped elsewhere; it never pretends.
const bin = electronBinary();

test.describe('desktop app (real Electron)', () => {
  test.skip(!bin, 'no Electron binary on this machine (set ELECTRON_OVERRIDE_DIST_PATH to run it)');

  test('opens the French home screen in a hardened window', async () => {
    const app = await electron.launch({ executablePath: bin as string, args: ['.'], env: { ...process.env, RELAIS_QUIET: '1' } });
    try {
      const page = await app.firstWindow();
      await expect(page.getByRole('heading', { level: 1, name: 'Accueil' })).toBeVisible();
      // No Node in the page; the bridge is the only door, and it answers.
      expect(await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
      expect(await page.evaluate(async () => (await window.relais?.invoke('app.info', {}))?.ok)).toBe(true);
      expect(await page.evaluate(() => typeof (window as unknown as { process?: unknown }).process)).toBe('undefined');
      expect(await page.evaluate(() => Object.isFrozen(window.relais))).toBe(true);
      // window.open is refused.
      expect(await page.evaluate(() => window.open('https://example.org') === null)).toBe(true);
    } finally {
      await app.close();
    }
  });
});
