import { expect, openRelais, test } from './fixtures';

/**
 * A bank of a few hundred people imported through the CSV screen: the import shows its
 * progress, and the windowed list keeps every person reachable (the table says how many
 * rows it has; scrolling brings the last ones in) while only a screenful is drawn.
 */
const PEOPLE = 400;
// Invented people: "Personne 001 Testeur" … sorted by last name, then first name.
const csv = `\uFEFFPrénom;Nom;Communauté\n${Array.from({ length: PEOPLE }, (_, i) => `Personne${String(i + 1).padStart(3, '0')};Testeur${String(i + 1).padStart(3, '0')};Chapais`).join('\n')}\n`;

test('a bank of 400 imported people is listed in a window that scrolls to the last person and still searches', async ({ page }) => {
  await openRelais(page);
  await page.getByRole('navigation').getByRole('link', { name: 'Banque' }).click();
  await page.getByRole('button', { name: 'Importer un fichier CSV' }).click();
  await page.getByLabel('Fichier CSV').setInputFiles({ name: 'banque.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  await expect(page.getByRole('status').filter({ hasText: '400 lignes prêtes à importer' })).toBeVisible();
  await page.getByRole('button', { name: 'Importer 400 personnes' }).click();
  await expect(page.getByRole('status').filter({ hasText: '400 personnes importées.' })).toBeVisible();

  const list = page.getByRole('table', { name: 'Banque d’usagers partenaires' });
  await expect(page.getByRole('status').filter({ hasText: /^400 personnes$/ })).toBeVisible();
  // Every row is announced (400 people + the header row), but only a screenful is drawn.
  await expect(list).toHaveAttribute('aria-rowcount', '401');
  await expect(list.getByRole('link', { name: 'Personne001 Testeur001' })).toBeVisible();
  const drawn = await list.getByRole('row').count();
  expect(drawn).toBeLessThan(100);
  await expect(list.getByRole('link', { name: 'Personne400 Testeur400' })).toHaveCount(0);

  // Scrolling to the end brings the last person in, with her place in the list.
  await list.locator('xpath=..').evaluate((el) => (el.scrollTop = el.scrollHeight));
  const last = list.getByRole('row', { name: /Personne400 Testeur400/ });
  await expect(last).toBeVisible();
  await expect(last).toHaveAttribute('aria-rowindex', '401');

  // Searching from the bottom of the list: the best match comes first, back at the top.
  await page.getByLabel('Rechercher').fill('testeur250');
  await expect(page.getByRole('status').filter({ hasText: /^400 personnes$/ })).toHaveCount(0);
  await expect(list.getByRole('row').nth(1)).toContainText('Personne250 Testeur250');
});
