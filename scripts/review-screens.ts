import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { silentLogger } from '../electron/services/logger';
import { launchBrowserHost } from '../electron/web-host/launch';

/**
 * `npx tsx scripts/review-screens.ts <dir>`: captures every screen, French and English, at
 * 1280×800 and 800×600 (full page), from demonstration data, for a person to look at
 * (not for the README: `scripts/screenshots.ts` makes those). A second machine in central
 * mode receives a bundle from the laptop so the central screens have something to show.
 * Run `npm run build` first.
 */
const out = resolve(process.argv[2] ?? '.tmp/review');
const SIZES = [
  { name: 'wide', width: 1280, height: 800 },
  { name: 'small', width: 800, height: 600 },
] as const;

const browserArgs = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const hrefOf = async (page: Page, selector: string): Promise<string | undefined> => {
  const link = page.locator(selector).first();
  await link.waitFor({ timeout: 10_000 }).catch(() => undefined);
  return (await link.getAttribute('href').catch(() => null)) ?? undefined;
};

const main = async () => {
  await mkdir(out, { recursive: true });
  const token = 'review-token-0123456789abcdef';
  const laptop = await launchBrowserHost({
    rendererDir: resolve('out/renderer'),
    dataDir: await mkdtemp(join(tmpdir(), 'relais-review-')),
    token,
    log: silentLogger,
  });
  const central = await launchBrowserHost({
    rendererDir: resolve('out/renderer'),
    dataDir: await mkdtemp(join(tmpdir(), 'relais-review-c-')),
    token,
    log: silentLogger,
  });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: browserArgs });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'fr-CA', timezoneId: 'America/Toronto' });
  const page = await context.newPage();
  const nav = (p: Page, name: string) => p.getByRole('navigation').getByRole('link', { name }).click();
  const go = async (p: Page, hash: string) => {
    await p.evaluate((h) => (window.location.hash = h), hash);
    await p.waitForTimeout(700);
  };
  // The content scrolls inside its own box, so a full-page shot unrolls that box first.
  const shot = async (p: Page, name: string) => {
    const unroll = (on: boolean) => {
      const shell = document.querySelector<HTMLElement>('.shell');
      const scroll = document.querySelector<HTMLElement>('.content-scroll');
      if (shell) shell.style.height = on ? 'auto' : '';
      if (scroll) scroll.style.overflow = on ? 'visible' : '';
    };
    await p.evaluate(unroll, true);
    await p.screenshot({ path: join(out, `${name}.png`), fullPage: true });
    await p.evaluate(unroll, false);
    // The text too, so words left in the other language can be searched for.
    await writeFile(join(out, `${name}.txt`), await p.evaluate(() => document.body.innerText));
    console.log(name);
  };
  try {
    await page.goto(laptop.web.url);
    await nav(page, 'Paramètres');
    await page.getByLabel('Établissement').selectOption('CRSSS de la Baie-James');
    await page.getByLabel('Nom du bureau').fill('Bureau du partenariat usager');
    await page.getByRole('button', { name: 'Enregistrer les paramètres' }).click();
    await page.getByRole('button', { name: 'Charger les données de démonstration' }).click();
    await page.getByText(/personnes inventées ont été ajoutées/).waitFor();

    // Addresses of one record of each kind, from the screens' own links.
    await go(page, '#/bank');
    const partner = await hrefOf(page, 'table a[href^="#/bank/"]');
    await go(page, '#/requests');
    const request = await hrefOf(page, 'table a[href^="#/requests/"]');
    await go(page, '#/');
    const mandate = await hrefOf(page, 'a[href^="#/mandates/"]');
    await go(page, '#/committees');
    const committee = await hrefOf(page, 'a[href^="#/committees/0"], table a[href^="#/committees/"]');
    await go(page, '#/sessions');
    const session = await hrefOf(page, 'table a[href^="#/sessions/"]');
    await go(page, '#/surveys');
    const instrument = await hrefOf(page, 'a[href^="#/surveys/"]:not([href="#/surveys/new"])');
    await go(page, '#/printables');
    const poster = await hrefOf(page, 'a[href^="#/printables/poster/"]');
    const guide = await hrefOf(page, 'a[href^="#/printables/guide/"]');
    const kiosk = instrument?.replace('#/surveys/', '#/kiosk/');
    const screens: [string, string | undefined][] = [
      ['home', '#/'],
      ['bank', '#/bank'],
      ['bank-follow-up', '#/bank/view/follow_up'],
      ['partner', partner],
      ['partner-edit', partner && `${partner}/edit`],
      ['partner-new', '#/bank/new'],
      ['import', '#/bank/import'],
      ['requests', '#/requests'],
      ['request', request],
      ['request-new', '#/requests/new'],
      ['mandate', mandate],
      ['committees', '#/committees'],
      ['committee', committee],
      ['committee-new', '#/committees/new'],
      ['sessions', '#/sessions'],
      ['session', session],
      ['session-new', '#/sessions/new'],
      ['community', '#/community'],
      ['surveys', '#/surveys'],
      ['instrument', instrument],
      ['instrument-new', '#/surveys/new'],
      ['survey-answer', instrument && `${instrument}/answer`],
      ['printables', '#/printables'],
      ['poster', poster],
      ['guide', guide],
      ['indicators', '#/indicators'],
      ['portrait', '#/portrait'],
      ['sync', '#/sync'],
      ['settings', '#/settings'],
    ];
    for (const lang of ['fr', 'en'] as const) {
      await go(page, '#/');
      await page.locator('#ui-language').selectOption(lang);
      for (const size of SIZES) {
        await page.setViewportSize(size);
        for (const [name, hash] of screens) {
          if (!hash) {
            console.log(`skipped ${name}: no address found`);
            continue;
          }
          await go(page, hash);
          await shot(page, `${lang}-${size.name}-${name}`);
        }
        // The kiosk locks the app to itself until the coordinator leaves it.
        if (kiosk) {
          await go(page, kiosk);
          await shot(page, `${lang}-${size.name}-kiosk`);
          await page
            .getByRole('button', { name: /kiosque|kiosk/ })
            .or(page.getByRole('link', { name: /kiosque|kiosk/ }))
            .first()
            .click();
          await page.waitForTimeout(300);
          await shot(page, `${lang}-${size.name}-kiosk-exit`);
          await page.getByRole('alertdialog').getByRole('button').last().click();
          await page.waitForTimeout(300);
        }
        // The preview dialog over the printables screen.
        if (guide) await go(page, guide);
        const preview = page.getByRole('button', { name: lang === 'fr' ? /Aperçu/ : /Preview/ }).first();
        if (await preview.isVisible()) {
          await preview.click();
          await page
            .getByRole('dialog')
            .waitFor({ timeout: 20_000 })
            .catch(() => undefined);
          await page.waitForTimeout(1500);
          await shot(page, `${lang}-${size.name}-printables-preview`);
          await page.keyboard.press('Escape');
        }
      }
    }

    // The central office: becomes central, receives the laptop's bundle.
    const c = await context.newPage();
    await c.goto(central.web.url);
    await nav(c, 'Réception');
    await c.getByRole('button', { name: 'Devenir le bureau central' }).click();
    await c.getByRole('alertdialog').getByRole('button', { name: 'Oui, devenir le bureau central' }).click();
    const identity = c.getByRole('region', { name: 'Clé du bureau central' });
    const key = (await identity.getByText(/^age1[0-9a-z]{58}$/).textContent()) ?? '';
    const drop = await mkdtemp(join(tmpdir(), 'relais-review-drop-'));
    const inbox = c.getByRole('region', { name: 'Où arrivent les envois' });
    await inbox.getByLabel('Dossier de réception').fill(drop);
    await inbox.getByRole('button', { name: 'Enregistrer la réception' }).click();

    await page.locator('#ui-language').selectOption('fr');
    await page.setViewportSize(SIZES[0]);
    await nav(page, 'Envoi');
    await page.getByRole('region', { name: "État de l'envoi" }).getByRole('definition').first().waitFor();
    const target = page.getByRole('region', { name: 'Destination' });
    await target.getByRole('radio', { name: /Un dossier/ }).check();
    await target.getByLabel('Chemin du dossier').fill(drop);
    await target.getByRole('button', { name: 'Enregistrer la destination' }).click();
    const k = page.getByRole('region', { name: 'Clé du bureau central' });
    await k.getByLabel('Clé publique du bureau central').fill(key);
    await k.getByRole('button', { name: 'Enregistrer la clé' }).click();
    await page.waitForTimeout(500);
    await page.getByRole('button', { name: 'Envoyer maintenant' }).click();
    await page.waitForTimeout(5000);
    await shot(page, 'fr-wide-sync-after-send');

    await nav(c, 'Réception');
    await c.getByRole('button', { name: 'Recevoir maintenant' }).click();
    await c.waitForTimeout(8000);
    for (const lang of ['fr', 'en'] as const) {
      await c.locator('#ui-language').selectOption(lang);
      for (const size of SIZES) {
        await c.setViewportSize(size);
        for (const [name, hash] of [
          ['central-receive', '#/receive'],
          ['central-rollup', '#/rollup'],
          ['central-conflict-missing', '#/conflicts/partners%3Anope'],
          ['central-bank', '#/bank'],
          ['central-home', '#/'],
        ] as const) {
          await go(c, hash);
          await shot(c, `${lang}-${size.name}-${name}`);
        }
      }
    }
  } finally {
    await browser.close();
    await laptop.close();
    await central.close();
  }
};

void main();
