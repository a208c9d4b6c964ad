import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
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

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Serious or critical axe findings on the current screen (injected through DevTools: the CSP blocks a script tag). */
export const seriousViolations = async (page: Page): Promise<string[]> => {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const r = await axe.run();
    return r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.id}: ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(', ')}`,
      );
  });
};
