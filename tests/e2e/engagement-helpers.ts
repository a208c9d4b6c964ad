import type { Page } from '@playwright/test';
import { expect, openRelais } from './fixtures';

/** The day every engagement test lives in: terms, reminders and dates never depend on the real date. */
export const FIXED_NOW = new Date('2026-06-15T14:00:00');

export const openAtFixedTime = async (page: Page, path = '') => {
  await page.clock.setFixedTime(FIXED_NOW);
  await openRelais(page, path);
};

/** Adds an invented person to the bank with only a name, as a first quick entry would. */
export const quickPerson = async (page: Page, first: string, last: string) => {
  await page.goto('/#/bank/new');
  await page.getByLabel('Prénom').fill(first);
  await page.getByLabel('Nom de famille').fill(last);
  await page.getByLabel('Étape actuelle').selectOption('in_bank');
  await page.getByRole('button', { name: 'Enregistrer le profil' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${first} ${last}` })).toBeVisible();
};

export const nav = (page: Page, name: string) => page.getByRole('navigation').getByRole('link', { name, exact: true }).click();
