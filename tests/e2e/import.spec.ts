import { expect, openRelais, test } from './fixtures';
import type { Page } from '@playwright/test';

/**
 * The CSV import as a coordinator uses it once the rows stay in the import's worker: the
 * screen gets only counts and the first lines, the worker writes. Possible duplicates are
 * counted and can be imported too; leaving before confirming imports nothing.
 */
const chooseCsv = async (page: Page, csv: string) => {
  await page.getByRole('navigation').getByRole('link', { name: 'Banque' }).click();
  await page.getByRole('button', { name: 'Importer un fichier CSV' }).click();
  await page.getByLabel('Fichier CSV').setInputFiles({ name: 'banque.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${csv}`, 'utf8') });
};

// Invented people; row 4 repeats row 2 (same name and phone).
const withRepeat =
  'Prénom;Nom;Téléphone;Communauté\nAglaé;Testeur;418-555-0101;Chapais\nBasile;Essai;418-555-0102;Matagami\nAglaé;Testeur;418 555 0101;Chapais\nCyprien;Exemple;;Radisson\n';

test('a repeated row is counted as a possible duplicate, and ticking the box imports it too', async ({ page }) => {
  await openRelais(page);
  await chooseCsv(page, withRepeat);
  await expect(page.getByRole('status').filter({ hasText: '3 lignes prêtes à importer' })).toBeVisible();
  await expect(page.getByText('Ligne 4 : répète la ligne 2 du fichier')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Premières lignes prêtes à importer' }).getByRole('row')).toHaveCount(4);
  await expect(page.getByRole('button', { name: 'Importer 3 personnes' })).toBeEnabled();
  await page.getByRole('checkbox', { name: 'Importer aussi les doublons possibles' }).check();
  await page.getByRole('button', { name: 'Importer 4 personnes' }).click();
  await expect(page.getByRole('status').filter({ hasText: '4 personnes importées.' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /^4 personnes$/ })).toBeVisible();
  await page.getByLabel('Rechercher').fill('aglae');
  await expect(page.getByRole('link', { name: 'Aglaé Testeur' })).toHaveCount(2);
});

test('a second import of the same people finds them in the bank, and leaving before confirming imports nothing', async ({ page }) => {
  await openRelais(page);
  await chooseCsv(page, withRepeat);
  await page.getByRole('button', { name: 'Importer 3 personnes' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^3 personnes$/ })).toBeVisible();

  // The worker reads the bank as it now is: the same file again is possible duplicates,
  // but for the person with neither phone nor e-mail, who cannot be matched.
  await page.getByRole('button', { name: 'Importer un fichier CSV' }).click();
  await page.getByLabel('Fichier CSV').setInputFiles({ name: 'banque.csv', mimeType: 'text/csv', buffer: Buffer.from(withRepeat, 'utf8') });
  await expect(page.getByRole('status').filter({ hasText: '1 ligne prête à importer' })).toBeVisible();
  await expect(page.getByText('Ligne 2 : même nom et même téléphone qu’une personne de la banque')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Importer 1 personne' })).toBeEnabled();

  await page.getByRole('button', { name: 'Annuler l’import' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^3 personnes$/ })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: /^3 personnes$/ })).toBeVisible();
});
