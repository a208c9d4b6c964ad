import { test as base, expect, type Page } from '@playwright/test';
import { E2E_TOKEN } from '../../playwright.config';

/** Opens Relais through the browser host, as the printed URL would. Each test gets a fresh context, so a fresh IndexedDB. */
export const openRelais = async (page: Page, path = '') => {
  await page.goto(`/#token=${E2E_TOKEN}`);
  await expect(page.getByRole('navigation')).toBeVisible();
  if (path) await page.goto(`/#/${path}`);
};

export const useEnglish = async (page: Page) => {
  await page.getByLabel(/Langue|Language/).selectOption('en');
};

export const test = base;
export { expect };
