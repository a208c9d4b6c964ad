import { seriousViolations } from './axe';
import { expect, openRelais, test } from './fixtures';
import type { Page } from '@playwright/test';

/** The demo office is generated around this day; the clock is fixed to it. */
const NOW = new Date('2026-11-23T15:00:00Z');

const requestsSection = (page: Page) => page.getByRole('region', { name: 'Demandes et mandats' });
const receivedRow = (page: Page) => requestsSection(page).getByRole('row', { name: /^Demandes reçues/ });
const requestsChart = (page: Page) => requestsSection(page).getByRole('figure', { name: 'Demandes' });

test('changing the period changes a figure and its chart; the annual report previews', async ({ page }) => {
  test.setTimeout(90_000);
  await page.clock.setFixedTime(NOW);
  await openRelais(page, 'settings');
  await page.getByRole('button', { name: 'Charger les données de démonstration' }).click();
  await expect(page.getByRole('status').filter({ hasText: /personnes inventées/ })).toBeVisible();
  await page.getByRole('navigation').getByRole('link', { name: 'Indicateurs' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Indicateurs' })).toBeVisible();

  await expect(page.getByRole('status').filter({ hasText: '2026, comparée à 2025' })).toBeVisible();
  // The demo office received its requests over the last twelve months or so (see shared/demo).
  const y2026 = Number(await receivedRow(page).getByRole('cell').first().textContent());
  expect(y2026).toBeGreaterThan(2);
  await expect(
    requestsChart(page)
      .getByRole('row', { name: /^Reçues/ })
      .getByRole('cell')
      .first(),
  ).toHaveText(String(y2026));
  // The drawn chart says the same in its words.
  await expect(requestsChart(page).locator('svg')).toContainText(`2026\u00a0: ${y2026}`);

  await page.getByRole('combobox', { name: 'Année', exact: true }).selectOption('2025');
  await expect(page.getByRole('status').filter({ hasText: '2025, comparée à 2024' })).toBeVisible();
  await expect(receivedRow(page).getByRole('cell').first()).not.toHaveText(String(y2026));
  const y2025 = Number(await receivedRow(page).getByRole('cell').first().textContent());
  // Last year's figure is now this period's, and the previous column moved to 2024.
  expect(y2025).toBeLessThan(y2026);
  await expect(requestsChart(page).locator('svg')).toContainText(`2025\u00a0: ${y2025}`);
  await expect(requestsChart(page).locator('svg')).not.toContainText(`2026\u00a0:`);

  await page.getByRole('combobox', { name: 'Type de période' }).selectOption('quarter');
  await page.getByRole('combobox', { name: 'Année', exact: true }).selectOption('2026');
  await page.getByRole('combobox', { name: 'Trimestre', exact: true }).selectOption('1');
  await expect(page.getByRole('status').filter({ hasText: 'T1 2026, comparée à T4 2025' })).toBeVisible();
  await expect(receivedRow(page).getByRole('cell').nth(1)).toHaveText(String(0));

  expect(await seriousViolations(page), 'axe on the indicators').toEqual([]);
  if (process.env.RELAIS_SCREENSHOTS) await page.screenshot({ path: process.env.RELAIS_SCREENSHOTS });

  // Definitions are on the screen, under their figures.
  await expect(requestsSection(page)).toContainText('Demandes dont la date de réception tombe dans la période.');
  // Committees (from the committees screens' records in the demo data) show their coverage.
  await expect(page.getByRole('region', { name: 'Comités' })).toContainText('Comités de sécurité des usagers avec un usager partenaire');

  // The year's highlights are kept for that year, and the annual report previews.
  await page.getByRole('combobox', { name: 'Type de période' }).selectOption('year');
  const report = page.getByRole('region', { name: 'Bilan annuel 2026' });
  await report.getByLabel('Faits saillants de 2026').fill('Trois comités de sécurité ont maintenant un usager partenaire.');
  await report.getByRole('button', { name: 'Enregistrer le texte' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Texte de 2026 enregistré.' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Année', exact: true }).selectOption('2025');
  await expect(page.getByRole('region', { name: 'Bilan annuel 2025' }).getByLabel('Faits saillants de 2025')).toHaveValue('');
  await page.getByRole('combobox', { name: 'Année', exact: true }).selectOption('2026');
  await expect(report.getByLabel('Faits saillants de 2026')).toHaveValue('Trois comités de sécurité ont maintenant un usager partenaire.');
  await report.getByRole('button', { name: 'Aperçu du bilan annuel' }).click();
  // The preview is the printables' modal dialog (pages drawn by pdf.js); Escape gives focus back to its opener.
  const preview = page.getByRole('dialog', { name: 'Bilan annuel 2026' });
  await expect(preview.getByRole('button', { name: 'Enregistrer le PDF' })).toBeVisible({ timeout: 20_000 });
  await expect(preview.getByRole('img', { name: /^Page 1 de \d+$/ })).toBeVisible({ timeout: 20_000 });
  await page.keyboard.press('Escape');
  await expect(preview).toBeHidden();
  await expect(report.getByRole('button', { name: 'Aperçu du bilan annuel' })).toBeFocused();
});

test('the provincial portrait is pre-filled from the records, completed by hand, kept, and printed', async ({ page }) => {
  test.setTimeout(90_000);
  await page.clock.setFixedTime(NOW);
  await openRelais(page, 'settings');
  await page.getByRole('button', { name: 'Charger les données de démonstration' }).click();
  await expect(page.getByRole('status').filter({ hasText: /personnes inventées/ })).toBeVisible();
  await page.goto('/#/indicators');
  const inBank =
    (await page
      .getByRole('region', { name: 'Banque d’usagers partenaires' })
      .getByRole('row', { name: /^Personnes dans la banque/ })
      .getByRole('cell')
      .first()
      .textContent()) ?? '';
  await page.getByRole('link', { name: 'Réponses au portrait provincial' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Réponses au portrait provincial' })).toBeVisible();

  // The bank size is the indicators' figure, and says where it comes from.
  const bankSize = page.getByRole('group', { name: 'I-6. Usagers partenaires dans la banque' });
  await expect(bankSize).toContainText(inBank.trim());
  await expect(bankSize).toContainText('Source : Données de Relais');
  // A suggestion the coordinator corrects is marked as corrected.
  const plans = page.getByRole('group', { name: /^A-3\./ });
  await plans.getByRole('checkbox', { name: 'Agir tôt (jeunesse)' }).check();
  await expect(plans).toContainText('Données de Relais, corrigées à la main');
  // What the data cannot give is typed by hand, and kept for the year.
  await page.getByRole('combobox', { name: 'I-4. Budget annuel du bureau' }).selectOption({ label: '100 000 $ – 150 000 $' });
  await page.getByRole('spinbutton', { name: /^I-5b\./ }).fill('1.5');
  await page.getByRole('button', { name: 'Enregistrer les réponses' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Réponses du portrait 2026 enregistrées.' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'I-4. Budget annuel du bureau' })).toHaveValue('100k_150k');
  await expect(page.getByRole('group', { name: /^A-3\./ }).getByRole('checkbox', { name: 'Agir tôt (jeunesse)' })).toBeChecked();
  expect(await seriousViolations(page), 'axe on the portrait').toEqual([]);

  await page.getByRole('button', { name: 'Aperçu du PDF' }).click();
  const preview = page.getByRole('dialog', { name: 'Portrait provincial 2026' });
  await expect(preview.getByRole('button', { name: 'Imprimer' })).toBeVisible({ timeout: 20_000 });
});
