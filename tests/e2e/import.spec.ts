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

/** Invented people, one line each, for an import of `n` rows. */
const people = (n: number) =>
  `Prénom;Nom;Téléphone;Communauté\n${Array.from({ length: n }, (_, i) => `Personne${i};Inventée${i};418-555-${String(1000 + i).padStart(4, '0')};Chapais`).join('\n')}\n`;

/** Every text the bank's count line (and its empty-bank line) shows from now on, in order. */
const watchBankStatus = (page: Page) =>
  page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { bankStatuses: string[] }).bankStatuses = seen;
    const look = () => {
      // The bank screen (the import screen has statuses of its own).
      if (document.querySelector('h1')?.textContent !== 'Banque d’usagers partenaires') return;
      for (const s of document.querySelectorAll('[role="status"]')) {
        const text = s.textContent ?? '';
        if ((text === 'Chargement…' || /personnes?$/.test(text)) && seen[seen.length - 1] !== text) seen.push(text);
      }
      if (document.body.textContent?.includes('La banque est vide') && seen[seen.length - 1] !== 'vide') seen.push('vide');
    };
    new MutationObserver(look).observe(document, { subtree: true, childList: true, characterData: true });
  });

test('after an import, the bank lists the people at once, never emptied or “loading” in between, even opened straight on the import screen', async ({
  page,
}) => {
  // Straight on the import screen (a reload there, or its address): the bank was never opened.
  await openRelais(page, 'bank/import');
  await page.getByLabel('Fichier CSV').setInputFiles({ name: 'banque.csv', mimeType: 'text/csv', buffer: Buffer.from(people(30), 'utf8') });
  await expect(page.getByRole('button', { name: 'Importer 30 personnes' })).toBeEnabled();
  await watchBankStatus(page);
  await page.getByRole('button', { name: 'Importer 30 personnes' }).click();
  await expect(page.getByRole('status').filter({ hasText: '30 personnes importées.' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /^30 personnes$/ })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Personne0 Inventée0' })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { bankStatuses: string[] }).bankStatuses)).toEqual(['30 personnes']);

  // A second import into a bank of 30: the list goes from 30 to 40 people and nothing between.
  await page.getByRole('button', { name: 'Importer un fichier CSV' }).click();
  const more = people(40).split('\n');
  await page
    .getByLabel('Fichier CSV')
    .setInputFiles({ name: 'suite.csv', mimeType: 'text/csv', buffer: Buffer.from([more[0], ...more.slice(31)].join('\n'), 'utf8') });
  await expect(page.getByRole('button', { name: 'Importer 10 personnes' })).toBeEnabled();
  await watchBankStatus(page);
  await page.getByRole('button', { name: 'Importer 10 personnes' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^40 personnes$/ })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { bankStatuses: string[] }).bankStatuses)).toEqual(['40 personnes']);
  await page.getByLabel('Rechercher').fill('inventée39');
  await expect(page.getByRole('link', { name: 'Personne39 Inventée39' })).toBeVisible();
});

test('an import whose write fails midway says so and shows nobody in the bank; imported again, each person is there once', async ({ page }) => {
  await openRelais(page);
  await chooseCsv(page, people(1500));
  await expect(page.getByRole('button', { name: 'Importer 1 500 personnes' })).toBeEnabled();
  // Real IndexedDB, made to fail as a full disk would: in the import's worker, the write's one
  // transaction is aborted at its second step of 1,000 rows, after the first was written
  // and its rows handed to this window.
  const worker = page.workers().find((w) => w.url().includes('import-worker'));
  expect(worker).toBeDefined();
  await worker!.evaluate(() => {
    let puts = 0;
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === 'partners' && ++puts === 1001) this.transaction.abort();
      return put.apply(this, args);
    };
  });
  await page.getByRole('button', { name: 'Importer 1 500 personnes' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'L’import n’a pas pu être enregistré : aucune personne n’a été importée.' })).toBeVisible();
  await page.getByRole('button', { name: 'Annuler l’import' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^0 personne$/ })).toBeVisible();
  await expect(page.getByText(/La banque est vide/)).toBeVisible();

  // A new visit of the import screen has a new worker, whose writes go through.
  await page.getByRole('button', { name: 'Importer un fichier CSV' }).click();
  await page.getByLabel('Fichier CSV').setInputFiles({ name: 'banque.csv', mimeType: 'text/csv', buffer: Buffer.from(people(1500), 'utf8') });
  await page.getByRole('button', { name: 'Importer 1 500 personnes' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^1\s500 personnes$/ })).toBeVisible();
  await page.getByLabel('Rechercher').fill('inventée1499');
  await expect(page.getByRole('link', { name: 'Personne1499 Inventée1499' })).toHaveCount(1);
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: /^1\s500 personnes$/ })).toBeVisible();
});
