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
  // The content scrolls inside its own box: a full-page shot unrolls that box first (or
  // everything below the first screenful would come out blank).
  const unroll = (on: boolean) => {
    const shell = document.querySelector<HTMLElement>('.shell');
    const scroll = document.querySelector<HTMLElement>('.content-scroll');
    if (shell) shell.style.height = on ? 'auto' : '';
    if (scroll) scroll.style.overflow = on ? 'visible' : '';
  };
  const shot = async (name: string, fullPage = false) => {
    await page.waitForTimeout(400);
    if (fullPage) await page.evaluate(unroll, true);
    await page.screenshot({ path: join(out, `${name}.png`), fullPage });
    if (fullPage) await page.evaluate(unroll, false);
    console.log(`screenshot: ${join(out, `${name}.png`)}`);
  };
  try {
    // One fixed day (the PDF samples' day), so the demo's dates and every picture are the same on each run.
    await page.clock.setFixedTime(new Date('2026-11-23T14:00:00-05:00'));
    await page.goto(host.url);
    await nav(page, 'Paramètres');
    await page.getByLabel('Établissement').selectOption('CRSSS de la Baie-James');
    await page.getByLabel('Nom du bureau').fill('Bureau du partenariat usager');
    await page.getByRole('button', { name: 'Enregistrer les paramètres' }).click();
    await page.getByRole('button', { name: 'Charger les données de démonstration' }).click();
    await page.getByText(/personnes inventées ont été ajoutées/).waitFor();
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
    await nav(page, 'Indicateurs');
    await page.getByRole('combobox', { name: 'Type de période' }).selectOption('quarter');
    await page.getByRole('combobox', { name: 'Année', exact: true }).selectOption('2026');
    await page.getByRole('combobox', { name: 'Trimestre', exact: true }).selectOption('1');
    await page.getByRole('status').filter({ hasText: 'T1 2026' }).waitFor();
    await page.setViewportSize({ width: 1280, height: 720 });
    await shot('indicators');
    await page.setViewportSize({ width: 1280, height: 860 });
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
