import type { Browser, Page } from '@playwright/test';
import { startRelaisHost, type RelaisHost } from '../support/relais-host';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';

// Choosing central mode changes the host's main-process state: hosts of their own, never
// the shared one the other tests use.
test.setTimeout(120_000);

const open = async (browser: Browser, host: RelaisHost, locale: 'fr-CA' | 'en-CA'): Promise<Page> => {
  const page = await (await browser.newContext({ locale, timezoneId: 'America/Toronto' })).newPage();
  await page.goto(host.url);
  if (locale === 'en-CA') {
    // The language follows the saved setting, French first: switch as a coordinator would.
    await page.getByRole('navigation').getByRole('link', { name: 'Paramètres' }).click();
    await page.getByLabel('Langue').selectOption('en');
    await page.getByRole('navigation').getByRole('link', { name: 'Home' }).click();
  }
  await expect(page.getByRole('navigation')).toBeVisible();
  return page;
};

test('first start of an empty app asks whether this is an office laptop or the central office; « later » and « laptop » put it away, central makes the key pair; Settings keeps the choice', async ({
  browser,
}) => {
  const [hostA, hostB] = await Promise.all([startRelaisHost('first-run-a'), startRelaisHost('first-run-b')]);
  try {
    // Put off: gone, and still gone after a restart; Settings keeps the choice.
    const later = await open(browser, hostA, 'fr-CA');
    const question = later.getByRole('region', { name: 'Premier démarrage : à quoi sert ce poste?' });
    await expect(question).toBeVisible();
    await expect(question.getByRole('button', { name: 'Le portable d’un bureau' })).toBeVisible();
    await later.screenshot({ path: '.tmp/first-run-question.png', fullPage: true });
    expect(await seriousViolations(later), 'axe on the first-run question').toEqual([]);
    await question.getByRole('button', { name: 'Plus tard' }).click();
    await expect(question).toHaveCount(0);
    await later.reload();
    await expect(later.getByRole('heading', { level: 1, name: 'Accueil' })).toBeVisible();
    await expect(question).toHaveCount(0);
    await later.getByRole('navigation').getByRole('link', { name: 'Paramètres' }).click();
    const mode = later.getByRole('region', { name: 'Mode bureau central' });
    await mode.getByRole('button', { name: 'Devenir le bureau central' }).click();
    await later.getByRole('alertdialog').getByRole('button', { name: 'Oui, devenir le bureau central' }).click();
    await expect(later.getByRole('heading', { level: 1, name: 'Réception des envois' })).toBeVisible();
    await expect(later.getByRole('region', { name: 'Clé du bureau central' }).getByText(/^age1[0-9a-z]{58}$/)).toBeVisible();

    // In English, an office laptop: noted, gone, nothing made.
    const laptop = await open(browser, hostB, 'en-CA');
    const asked = laptop.getByRole('region', { name: 'First start: what is this computer for?' });
    await expect(asked).toBeVisible();
    expect(await seriousViolations(laptop), 'axe on the first-run question (English)').toEqual([]);
    await asked.getByRole('button', { name: "An office's laptop" }).click();
    await expect(laptop.getByRole('status').filter({ hasText: "Noted: this computer is an office's laptop." })).toBeVisible();
    await expect(asked).toHaveCount(0);

    // Another coordinator's first start on that computer (a new profile): the central office, from the question.
    const central = await open(browser, hostB, 'fr-CA');
    await central.getByRole('region', { name: 'Premier démarrage : à quoi sert ce poste?' }).getByRole('button', { name: 'Le bureau central' }).click();
    const confirm = central.getByRole('alertdialog', { name: 'Faire de ce poste le bureau central?' });
    await confirm.getByRole('button', { name: 'Oui, devenir le bureau central' }).click();
    await expect(central.getByRole('heading', { level: 1, name: 'Réception des envois' })).toBeVisible();
    const identity = central.getByRole('region', { name: 'Clé du bureau central' });
    await expect(identity.getByRole('img', { name: 'Code QR de la clé publique du bureau central' })).toBeVisible();
    await expect(identity.getByText(/^[0-9A-F]{4}(-[0-9A-F]{4}){4}$/)).toBeVisible();
    await expect(identity.getByText(/aucun envoi ne peut être lu/)).toBeVisible();
    // Central now: the question is not asked again, and Settings no longer offers the switch.
    await central.getByRole('navigation').getByRole('link', { name: 'Accueil' }).click();
    await expect(central.getByRole('heading', { level: 1, name: 'Accueil' })).toBeVisible();
    await expect(central.getByRole('region', { name: 'Premier démarrage : à quoi sert ce poste?' })).toHaveCount(0);
  } finally {
    await Promise.all([hostA.close(), hostB.close()]);
  }
});
