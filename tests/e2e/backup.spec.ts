import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { decodeTime } from 'ulid';
import { expect, openRelais, test } from './fixtures';

// The browser host keeps one backup configuration for every page: one test, in order.
test.describe.configure({ mode: 'serial' });

const TABLES = ['partners', 'contacts', 'requests', 'candidacies', 'mandates', 'settings'];

/** Every record of every synced table, read from the page's own IndexedDB. */
const everything = (page: Page) =>
  page.evaluate(
    (tables) =>
      new Promise<Record<string, unknown[]>>((resolve, reject) => {
        const req = indexedDB.open('relais');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const db = req.result;
          const tx = db.transaction(tables, 'readonly');
          const out: Record<string, unknown[]> = {};
          for (const t of tables) {
            const all = tx.objectStore(t).getAll();
            all.onsuccess = () => (out[t] = (all.result as { id: string }[]).sort((a, b) => a.id.localeCompare(b.id)));
          }
          tx.oncomplete = () => resolve(out);
          tx.onerror = () => reject(tx.error);
        };
      }),
    TABLES,
  );

test('a passphrase backup on a USB key brings every record back on a new laptop', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const usb = await mkdtemp(join(tmpdir(), 'relais-usb-'));
  const passphrase = 'cheval-rivière-87-lanterne';
  try {
    // The old laptop: a bank, a deletion, and a local backup set up and run from Settings.
    await openRelais(page, 'settings');
    await page.getByRole('button', { name: 'Charger les données de démonstration' }).click();
    await expect(page.getByRole('status').filter({ hasText: /personnes inventées ont été ajoutées/ })).toBeVisible({ timeout: 30_000 });
    await page.getByRole('textbox', { name: 'Dossier de sauvegarde (clé USB)' }).fill(usb);
    await page.getByLabel('Phrase de passe de sauvegarde (12 caractères ou plus)').fill(passphrase);
    await page.getByRole('spinbutton', { name: 'Sauvegardes à conserver' }).fill('50');
    await page.getByRole('button', { name: 'Enregistrer la sauvegarde' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Réglages de sauvegarde enregistrés.' })).toBeVisible();
    await page.getByRole('button', { name: 'Sauvegarder maintenant' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Sauvegarde terminée.' })).toBeVisible({ timeout: 60_000 });
    await expect(page.getByRole('list', { name: 'Sauvegardes dans le dossier' }).getByRole('listitem')).not.toHaveCount(0);
    const before = await everything(page);
    expect(before.partners?.length).toBeGreaterThan(10);
    const file = (await readdir(usb))
      .filter((n) => n.startsWith('relais-backup-'))
      .sort()
      .at(-1);
    if (!file) throw new Error('no backup file in the folder');
    const backedUpAt = decodeTime(file.slice('relais-backup-'.length, -'.age'.length));

    // The laptop dies. A new one: a fresh browser profile, three days later.
    const fresh = await browser.newContext();
    const page2 = await fresh.newPage();
    await page2.clock.setFixedTime(new Date(backedUpAt + 3 * 86_400_000 + 3_600_000));
    await openRelais(page2);
    await expect(page2.getByText('Dernière sauvegarde il y a 3 jours')).toBeVisible();
    await page2.screenshot({ path: '.tmp/backup-home.png' });
    expect((await everything(page2)).partners).toEqual([]);

    await page2.goto('/#/settings');
    await page2.getByLabel('Fichier de sauvegarde').setInputFiles(join(usb, file));
    await page2.getByLabel('Phrase de passe de sauvegarde', { exact: true }).fill('pas-la-bonne-phrase');
    await page2.getByRole('button', { name: 'Restaurer' }).click();
    await expect(page2.getByRole('alert').filter({ hasText: 'Cette phrase de passe ou cette clé n’ouvre pas ce fichier.' })).toBeVisible({ timeout: 60_000 });
    await page2.getByLabel('Phrase de passe de sauvegarde', { exact: true }).fill(passphrase);
    await page2.getByRole('button', { name: 'Restaurer' }).click();
    await expect(
      page2
        .getByRole('status')
        .filter({ hasText: /Sauvegarde du .* restaurée\s:\s\d+ fiches\./ })
        .first(),
    ).toBeVisible({ timeout: 60_000 });

    // Every record is back, exactly as it was (ids, stamps, tombstones).
    expect(await everything(page2)).toEqual(before);
    const someone = before.partners?.find((p) => !(p as { deleted?: number }).deleted) as { firstName: string; lastName: string };
    await page2.getByRole('navigation').getByRole('link', { name: 'Banque' }).click();
    // The bank draws only the rows in view: find her by name, as a coordinator would.
    await page2.getByLabel('Rechercher').fill(`${someone.firstName} ${someone.lastName}`);
    await expect(page2.getByText(`${someone.firstName} ${someone.lastName}`).first()).toBeVisible();
    await page2.screenshot({ path: '.tmp/backup-restored.png' });
    await fresh.close();
  } finally {
    // Turn backups off again for the other tests' pages on this host.
    await page.evaluate(async () => {
      await fetch('/bridge/backup.configure', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Relais-Token': sessionStorage.getItem('relais.webToken') ?? '' },
        body: JSON.stringify({ folder: null, protection: 'passphrase' }),
      });
    });
    await rm(usb, { recursive: true, force: true });
  }
});

test('the scheduled backup runs by itself once it is due', async ({ page }) => {
  const usb = await mkdtemp(join(tmpdir(), 'relais-usb-'));
  try {
    await page.clock.install();
    await openRelais(page, 'settings');
    await page.getByRole('textbox', { name: 'Dossier de sauvegarde (clé USB)' }).fill(usb);
    await page.getByLabel('Phrase de passe de sauvegarde (12 caractères ou plus)').fill('cheval-rivière-87-lanterne');
    await page.getByRole('button', { name: 'Enregistrer la sauvegarde' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Réglages de sauvegarde enregistrés.' })).toBeVisible();
    expect(await readdir(usb)).toEqual([]);
    // Nobody clicks "Back up now": half a minute after start-up the schedule finds it due.
    await page.clock.fastForward('00:31');
    await expect.poll(async () => (await readdir(usb)).filter((n) => /^relais-backup-.*\.age$/.test(n)).length, { timeout: 30_000 }).toBeGreaterThan(0);
  } finally {
    await page.evaluate(async () => {
      await fetch('/bridge/backup.configure', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Relais-Token': sessionStorage.getItem('relais.webToken') ?? '' },
        body: JSON.stringify({ folder: null, protection: 'passphrase' }),
      });
    });
    await rm(usb, { recursive: true, force: true });
  }
});

test('Settings says whether the browser granted persistent storage', async ({ page }) => {
  await openRelais(page, 'settings');
  const granted = await page.evaluate(() => navigator.storage.persisted());
  await expect(page.getByText(granted ? /Stockage persistant accordé/ : /Stockage persistant refusé par le navigateur/)).toBeVisible();
  await page.screenshot({ path: '.tmp/backup-settings.png', fullPage: true });
});
