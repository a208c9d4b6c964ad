import { mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { silentLogger } from '../electron/services/logger';
import { launchBrowserHost } from '../electron/web-host/launch';

/**
 * `npx tsx scripts/screenshots.ts [dir]`: opens the built renderer through the browser
 * host, loads the demonstration data, and captures the main screens in French and
 * English (default dir: docs/screenshots). Run `npm run build` first.
 */
const out = resolve(process.argv[2] ?? 'docs/screenshots');

const main = async () => {
  await mkdir(out, { recursive: true });
  const dataDir = await mkdtemp(join(tmpdir(), 'relais-shots-'));
  const token = 'screenshots-token-0123456789';
  const { web: host, close } = await launchBrowserHost({ rendererDir: resolve('out/renderer'), dataDir, token, log: silentLogger });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 }, locale: 'fr-CA' });
  const nav = (p: Page, name: string) => p.getByRole('navigation').getByRole('link', { name }).click();
  const shot = async (name: string, fullPage = false) => {
    await page.waitForTimeout(400);
    await page.screenshot({ path: join(out, `${name}.png`), fullPage });
    console.log(`screenshot: ${join(out, `${name}.png`)}`);
  };
  try {
    await page.goto(host.url);
    await nav(page, 'Paramètres');
    await page.getByLabel('Établissement').selectOption('CRSSS de la Baie-James');
    await page.getByLabel('Nom du bureau').fill('Bureau du partenariat usager');
    await page.getByRole('button', { name: 'Enregistrer les paramètres' }).click();
    await page.getByRole('button', { name: 'Charger les données de démonstration' }).click();
    await page.getByText(/personnes inventées/).waitFor();
    await shot('settings');
    await nav(page, 'Accueil');
    await shot('home');
    await nav(page, 'Banque');
    await page
      .getByRole('status')
      .filter({ hasText: /personnes/ })
      .first()
      .waitFor();
    await shot('bank');
    await page.getByRole('table').getByRole('link').first().click();
    await shot('profile', true);
    await nav(page, 'Demandes');
    await shot('requests');
    await page.getByRole('table').first().getByRole('link').nth(2).click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await shot('request', true);
    await nav(page, 'Accueil');
    await page
      .getByRole('region', { name: /En retard/ })
      .getByRole('link')
      .first()
      .click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await shot('mandate', true);
    await nav(page, 'Comités');
    await page.getByRole('table').waitFor();
    await shot('committees');
    await nav(page, 'Formations');
    await page.getByRole('link', { name: 'Communauté de pratique' }).click();
    await shot('community');
    await nav(page, 'Sondages');
    await page.getByRole('link', { name: 'Appréciation de la formation' }).click();
    await page.getByRole('status', { name: 'Résultats' }).waitFor();
    await shot('survey-results', true);
    await nav(page, 'Envoi');
    await shot('sync', true);
    await page.getByLabel('Langue').selectOption('en');
    await nav(page, 'Bank');
    await page
      .getByRole('status')
      .filter({ hasText: /people/ })
      .first()
      .waitFor();
    await shot('bank-en');
    await nav(page, 'Home');
    await shot('home-en');
  } finally {
    await browser.close();
    await close();
  }
};

void main();
