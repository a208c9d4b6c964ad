import { expect, openRelais, test } from './fixtures';

/**
 * What a new coordinator hits on day one (issue #8): a French Excel CSV, a person who
 * speaks several languages, a refused save that must point at its field, and consent
 * whose method is asked, never assumed.
 */

/** Windows-1252 as Excel on a French Windows writes it; Node has no encoder for it. */
const CP1252_EXTRA: Record<string, number> = { '’': 0x92, œ: 0x9c, Œ: 0x8c, '€': 0x80, '«': 0xab, '»': 0xbb };
const windows1252 = (text: string): Buffer =>
  Buffer.from(
    [...text].map((c) => {
      const extra = CP1252_EXTRA[c];
      if (extra !== undefined) return extra;
      const code = c.charCodeAt(0);
      if (code > 0xff || (code >= 0x80 && code < 0xa0)) throw new Error(`not in Windows-1252: ${c}`);
      return code;
    }),
  );

test('a French Excel CSV in Windows-1252 imports with its accents, and its languages cell gives every language', async ({ page }) => {
  await openRelais(page);
  await page.getByRole('navigation').getByRole('link', { name: 'Banque' }).click();
  await page.getByRole('button', { name: 'Importer un fichier CSV' }).click();
  const csv =
    'Prénom;Nom;Téléphone;Langue;Notes\r\n' +
    'Hélène;Tremblay;418-555-0160;"cri; français";"« Très à l’aise » en groupe; cœur de la démarche"\r\n' +
    'Zoé;Côté-Gagné;418-555-0161;Français;Préfère être appelée en soirée, ça va\r\n';
  await page.getByLabel('Fichier CSV').setInputFiles({ name: 'banque-excel.csv', mimeType: 'text/csv', buffer: windows1252(csv) });

  // The encoding is shown, and the column names came through intact.
  await expect(page.getByRole('status').filter({ hasText: 'Encodage lu : Windows-1252 (Excel sous Windows) (détecté).' })).toBeVisible();
  await expect(page.getByLabel('Encodage du fichier')).toHaveValue('windows-1252');
  await expect(page.getByLabel('Colonne « Prénom »')).toHaveValue('firstName');
  await expect(page.getByLabel('Colonne « Téléphone »')).toHaveValue('phone');
  await expect(page.getByRole('cell', { name: 'Hélène Tremblay' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Zoé Côté-Gagné' })).toBeVisible();

  // Read as UTF-8 on purpose, the file is flagged and nothing corrupted can be imported.
  await page.getByLabel('Encodage du fichier').selectOption('utf-8');
  await expect(page.getByRole('alert').filter({ hasText: /caractères n’ont pas pu être lus avec cet encodage/ })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: '0 ligne prête à importer' })).toBeVisible();
  await expect(page.getByText(/des caractères sont illisibles/).first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Aucune ligne à importer.' })).toBeDisabled();

  await page.getByLabel('Encodage du fichier').selectOption('windows-1252');
  await page.getByRole('button', { name: 'Importer 2 personnes' }).click();
  await expect(page.getByRole('status').filter({ hasText: '2 personnes importées.' })).toBeVisible();

  // The French filter finds the Cree partner who also speaks French.
  const filters = page.getByRole('complementary', { name: 'Filtres' });
  await filters.getByRole('checkbox', { name: 'Français' }).check();
  await expect(page.getByRole('link', { name: 'Hélène Tremblay' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Zoé Côté-Gagné' })).toBeVisible();
  await filters.getByRole('checkbox', { name: 'Français' }).uncheck();
  await filters.getByRole('checkbox', { name: 'Cri' }).check();
  await expect(page.getByRole('link', { name: 'Hélène Tremblay' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Zoé Côté-Gagné' })).toHaveCount(0);

  await page.getByRole('link', { name: 'Hélène Tremblay' }).click();
  await expect(page.getByText('« Très à l’aise » en groupe; cœur de la démarche')).toBeVisible();
  await expect(page.getByText('Cri, Français')).toBeVisible();
});

test('a 10 000-character note is flagged on its field with the limit, and the consent method is asked', async ({ page }) => {
  await openRelais(page, 'bank/new');
  await expect(page.getByRole('heading', { level: 1, name: 'Nouvelle personne' })).toBeVisible();
  await page.getByLabel('Prénom').fill('Luc');
  await page.getByLabel('Nom de famille').fill('Neeposh');
  const notes = page.getByRole('textbox', { name: 'Notes' });
  await notes.fill('a'.repeat(10_000));
  // The limit is stated before saving, with fr-CA grouping.
  await expect(page.getByText(/^10\s000 \/ 5\s000 caractères$/)).toBeVisible();
  await page.getByLabel('Être contactée : réponse').selectOption('given');
  await expect(page.getByLabel('Être contactée : comment')).toHaveValue('');
  await page.getByRole('button', { name: 'Enregistrer le profil' }).click();

  await expect(notes).toHaveAttribute('aria-invalid', 'true');
  await expect(notes).toHaveAccessibleDescription(/Ce texte dépasse la limite de 5\s000 caractères \(il en compte 10\s000\)/);
  await expect(notes)
    .toBeFocused()
    .catch(() => undefined);
  const method = page.getByLabel('Être contactée : comment');
  await expect(method).toHaveAttribute('aria-invalid', 'true');
  await expect(method).toHaveAccessibleDescription('Indiquez comment le consentement a été donné.');

  await notes.fill('Rencontré à Mistissini.');
  await method.selectOption({ label: 'Par téléphone' });
  await page.getByRole('button', { name: 'Enregistrer le profil' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Luc Neeposh' })).toBeVisible();
  await expect(page.getByText(/Par téléphone/)).toBeVisible();
});

test('a person records several languages in the form and is found by each', async ({ page }) => {
  await openRelais(page, 'bank/new');
  await page.getByLabel('Prénom').fill('Marie');
  await page.getByLabel('Nom de famille').fill('Mianscum');
  await page.getByLabel('Langue préférée').selectOption({ label: 'Cri' });
  await page.getByRole('group', { name: 'Langues parlées (toutes)' }).getByLabel('Anglais').check();
  await page.getByRole('button', { name: 'Enregistrer le profil' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Marie Mianscum' })).toBeVisible();
  await expect(page.getByText('Cri, Anglais')).toBeVisible();
  await page.getByRole('navigation').getByRole('link', { name: 'Banque' }).click();
  const filters = page.getByRole('complementary', { name: 'Filtres' });
  await filters.getByRole('checkbox', { name: 'Anglais' }).check();
  await expect(page.getByRole('link', { name: 'Marie Mianscum' })).toBeVisible();
});

test('notices: an error stays, follows the language, is replaced once fixed; success closes by itself; none covers the form', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-12-01T14:00:00Z') });
  await openRelais(page, 'bank/new');
  await page.getByLabel('Prénom').fill('Noé');
  await page.getByLabel('Nom de famille').fill('Petawabano');
  await page.getByRole('textbox', { name: 'Notes' }).fill('b'.repeat(5_001));
  await page.getByRole('button', { name: 'Enregistrer le profil' }).click();
  const error = page.getByRole('alert').filter({ hasText: 'Corrigez les champs signalés' });
  await expect(error).toBeVisible();
  await page.clock.runFor(30_000);
  await expect(error).toBeVisible();

  // The notices sit in their own bar: the form's last button, scrolled into view, is not under one.
  const save = page.getByRole('button', { name: 'Enregistrer le profil' });
  await save.scrollIntoViewIfNeeded();
  const uncovered = await save.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
    return hit !== null && el.contains(hit);
  });
  expect(uncovered).toBe(true);
  const bar = await page.getByRole('region', { name: 'Messages' }).boundingBox();
  const box = await save.boundingBox();
  expect(bar !== null && box !== null && box.y + box.height <= bar.y).toBe(true);

  await page.getByLabel(/^Langue$/).selectOption('en');
  await expect(page.getByRole('alert').filter({ hasText: 'Fix the highlighted fields' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Notes' })).toHaveAccessibleDescription(/over the 5,000-character limit \(5,001 characters\)/);

  await page.getByRole('textbox', { name: 'Notes' }).fill('Met in Mistissini.');
  await page.getByRole('button', { name: 'Save the profile' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Fix the highlighted fields' })).toHaveCount(0);
  const saved = page.getByRole('status').filter({ hasText: /saved/ });
  await expect(saved).toBeVisible();
  await page.clock.runFor(6_000);
  await expect(saved).toHaveCount(0);
});

test('a bookmark of the app (no token in it) works in a new tab, as after a restart', async ({ page, context }) => {
  await openRelais(page);
  const bookmark = await context.newPage();
  await bookmark.goto('/#/sync');
  await expect(bookmark.getByRole('heading', { level: 1, name: 'Envoi au bureau central' })).toBeVisible();
  await expect(bookmark.getByRole('region', { name: 'Destination' })).toBeVisible();
  await expect(bookmark.getByRole('alert').filter({ hasText: 'Accès refusé' })).toHaveCount(0);
});
