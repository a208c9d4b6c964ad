import { seriousViolations } from './axe';
import { expect, openRelais, test } from './fixtures';

test('opens on the French home screen with the main navigation', async ({ page }) => {
  await openRelais(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Accueil' })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Navigation principale' });
  for (const name of ['Accueil', 'Banque', 'Demandes', 'Envoi', 'Paramètres']) {
    await expect(nav.getByRole('link', { name })).toBeVisible();
  }
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr-CA');
});

test('switches to English at runtime and remembers it after a reload', async ({ page }) => {
  await openRelais(page);
  await page.getByLabel('Langue').selectOption('en');
  await expect(page.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-CA');
});

test('settings survive a reload (real IndexedDB)', async ({ page }) => {
  await openRelais(page);
  await page.getByRole('link', { name: 'Paramètres' }).click();
  await page.getByLabel('Établissement').selectOption('CRSSS de la Baie-James');
  await page.getByLabel('Nom du bureau').fill('Bureau du partenariat — Baie-James');
  await page.getByLabel('Coordonnatrice ou coordonnateur').fill('Odile Tremblay-Essiambre');
  await page.getByRole('button', { name: 'Enregistrer les paramètres' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Paramètres enregistrés.' })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Nom du bureau')).toHaveValue('Bureau du partenariat — Baie-James');
  await expect(page.getByLabel('Établissement')).toHaveValue('CRSSS de la Baie-James');
  await page.getByRole('link', { name: 'Accueil' }).click();
  await expect(page.getByText('Bureau du partenariat — Baie-James')).toBeVisible();
});

test('a bridge call without the launch token is refused', async ({ page, request }) => {
  await openRelais(page);
  const res = await request.post('/bridge/app.info', { data: {} });
  expect(res.status()).toBe(403);
  expect(await res.json()).toMatchObject({ ok: false, error: { code: 'forbidden' } });
});

test('has no serious accessibility violations (axe) on the main screens, empty and filled', async ({ page }) => {
  test.setTimeout(120_000);
  await openRelais(page);
  const nav = page.getByRole('navigation');
  for (const link of ['Accueil', 'Banque', 'Demandes', 'Envoi', 'Paramètres']) {
    await nav.getByRole('link', { name: link }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await seriousViolations(page), `axe on ${link} (empty)`).toEqual([]);
  }
  await page.getByRole('button', { name: 'Charger les données de démonstration' }).click();
  await expect(page.getByRole('status').filter({ hasText: /personnes inventées/ })).toBeVisible();
  for (const [link, detail] of [
    ['Accueil', null],
    ['Banque', 'profil'],
    ['Demandes', 'demande'],
  ] as const) {
    await nav.getByRole('link', { name: link }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    if (detail) await expect(page.getByRole('table').first().getByRole('link').first()).toBeVisible();
    expect(await seriousViolations(page), `axe on ${link} (demo data)`).toEqual([]);
    if (!detail) continue;
    await page.getByRole('table').first().getByRole('link').first().click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await seriousViolations(page), `axe on a ${detail}`).toEqual([]);
  }
  // A mandate, reached from the home screen's overdue steps.
  await nav.getByRole('link', { name: 'Accueil' }).click();
  await page
    .getByRole('region', { name: /En retard/ })
    .getByRole('link')
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await seriousViolations(page), 'axe on a mandate').toEqual([]);
});
