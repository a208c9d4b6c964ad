import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { startRelaisHost, type RelaisHost } from '../support/relais-host';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';

// Three machines (two laptops of one office and the central office), each its own
// browser host, data folder and IndexedDB; bundles travel through real folders.
test.describe.configure({ mode: 'serial' });
test.setTimeout(180_000);

const OFFICE = 'CRSSS de la Baie-James';

const open = async (browser: Browser, host: RelaisHost): Promise<Page> => {
  const page = await (await browser.newContext({ locale: 'fr-CA', timezoneId: 'America/Toronto' })).newPage();
  await page.goto(host.url);
  await expect(page.getByRole('navigation')).toBeVisible();
  return page;
};

const nav = (page: Page, name: string) => page.getByRole('navigation').getByRole('link', { name }).click();

const setInbox = async (page: Page, folder: string) => {
  await nav(page, 'Réception');
  const inbox = page.getByRole('region', { name: 'Où arrivent les envois' });
  await inbox.getByLabel('Dossier de réception').fill(folder);
  await inbox.getByRole('button', { name: 'Enregistrer la réception' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Réception enregistrée.' })).toBeVisible();
};

const receive = async (page: Page, expected: RegExp) => {
  await nav(page, 'Réception');
  await page.getByRole('button', { name: 'Recevoir maintenant' }).click();
  // Decrypting and merging take longer on a busy machine than the default wait.
  await expect(page.getByRole('region', { name: 'Recevoir' }).getByRole('status')).toContainText(expected, { timeout: 30_000 });
};

/** Approves every waiting device, after checking it names the office and shows a fingerprint. */
const approveWaiting = async (page: Page) => {
  const devices = page.getByRole('region', { name: 'Appareils' });
  const buttons = devices.getByRole('button', { name: /^Approuver l’appareil de .+, empreinte [0-9A-F]{4}(-[0-9A-F]{4}){4}$/ });
  await expect(buttons.first()).toBeVisible();
  for (let left = await buttons.count(); left > 0; left--) {
    await buttons.first().click();
    await expect(buttons).toHaveCount(left - 1);
  }
};

const setupLaptop = async (page: Page, centralKey: string, drop: string, back: string) => {
  await nav(page, 'Paramètres');
  await page.getByLabel('Établissement').selectOption(OFFICE);
  await page.getByRole('button', { name: 'Enregistrer les paramètres' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Paramètres enregistrés.' })).toBeVisible();
  await nav(page, 'Envoi');
  await expect(page.getByRole('heading', { level: 1, name: 'Envoi au bureau central' })).toBeVisible();
  const target = page.getByRole('region', { name: 'Destination' });
  // The form fills itself once from what is saved: wait for that before choosing.
  await expect(page.getByRole('region', { name: 'État de l’envoi' }).getByRole('definition').first()).toBeVisible();
  await target.getByRole('radio', { name: /Un dossier/ }).check();
  await target.getByLabel('Chemin du dossier').fill(drop);
  await target.getByRole('button', { name: 'Enregistrer la destination' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Destination enregistrée.' })).toBeVisible();
  await expect(target).not.toContainText('Aucune destination enregistrée.');
  const key = page.getByRole('region', { name: 'Clé du bureau central' });
  await key.getByLabel('Clé publique du bureau central').fill(centralKey);
  await key.getByRole('button', { name: 'Enregistrer la clé' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Clé enregistrée.' })).toBeVisible();
  // What the coordinator reads over the phone to the central office.
  const fingerprint =
    (await page
      .getByRole('region', { name: 'Clé de signature de cet appareil' })
      .getByText(/^[0-9A-F]{4}(-[0-9A-F]{4}){4}$/)
      .textContent()) ?? '';
  await setInbox(page, back);
  return fingerprint;
};

/**
 * Sends pending changes (or everything) and waits until nothing waits to be delivered. The
 * laptop's automatic export (20 s after start, then every 5 minutes) may have sealed the
 * change already on a slow machine ("Aucun changement à envoyer"): what matters is that
 * it reached the drop folder, which "À jour" says once the button is back.
 */
const sendNow = async (page: Page, full = false) => {
  await nav(page, 'Envoi');
  const button = page.getByRole('button', { name: full ? 'Créer un envoi complet' : 'Envoyer maintenant' });
  await button.click();
  if (full)
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: /Envoi complet créé/ })
        .first(),
    ).toBeVisible();
  await expect(button).toBeEnabled({ timeout: 30_000 });
  await expect(page.getByRole('region', { name: 'État de l’envoi' })).toContainText('À jour', { timeout: 30_000 });
};

const sendBack = async (central: Page, folder: string) => {
  await nav(central, 'Réception');
  const section = central.getByRole('region', { name: 'Renvoyer aux portables d’un bureau' });
  await section.getByLabel('Bureau').selectOption(OFFICE);
  await section.getByLabel('Dossier où déposer l’envoi').fill(folder);
  await section
    .getByRole('button', { name: 'Créer l’envoi pour ce bureau' })
    .or(section.getByRole('button', { name: 'Créer l’envoi pour ce bureau' }))
    .click();
  await expect(central.getByRole('status').filter({ hasText: /Envoi créé/ })).toBeVisible();
};

const editPartner = async (page: Page, name: string, fields: Record<string, string>) => {
  await nav(page, 'Banque');
  await page.getByRole('link', { name }).click();
  await page.getByRole('button', { name: 'Modifier le profil' }).click();
  for (const [label, value] of Object.entries(fields)) await page.getByRole('textbox', { name: label, exact: true }).fill(value);
  await page.getByRole('button', { name: 'Enregistrer le profil' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
};

test('two laptops edit the same partner: the central office shows both versions side by side, the coordinator resolves field by field, and both laptops converge', async ({
  browser,
}) => {
  const hosts = await Promise.all([startRelaisHost('central'), startRelaisHost('laptop-a'), startRelaisHost('laptop-b')]);
  const [centralHost, hostA, hostB] = hosts as [RelaisHost, RelaisHost, RelaisHost];
  const drop = await mkdtemp(join(tmpdir(), 'relais-drop-'));
  const back = await mkdtemp(join(tmpdir(), 'relais-back-'));
  try {
    // The central office chooses central mode: its key, fingerprint and QR code appear.
    const central = await open(browser, centralHost);
    await nav(central, 'Réception');
    await central.getByRole('button', { name: 'Devenir le bureau central' }).click();
    await central.getByRole('alertdialog').getByRole('button', { name: 'Oui, devenir le bureau central' }).click();
    const identity = central.getByRole('region', { name: 'Clé du bureau central' });
    await expect(identity.getByRole('img', { name: 'Code QR de la clé publique du bureau central' })).toBeVisible();
    const key = (await identity.getByText(/^age1[0-9a-z]{58}$/).textContent()) ?? '';
    await expect(identity.getByText(/^[0-9A-F]{4}(-[0-9A-F]{4}){4}$/)).toBeVisible();
    await setInbox(central, drop);

    const a = await open(browser, hostA);
    const b = await open(browser, hostB);
    const fingerprintA = await setupLaptop(a, key, drop, back);
    const fingerprintB = await setupLaptop(b, key, drop, back);

    await nav(a, 'Banque');
    await a.getByRole('button', { name: 'Ajouter une personne' }).click();
    await a.getByLabel('Prénom').fill('Rosalie');
    await a.getByLabel('Nom de famille').fill('Mianscum');
    await a.getByRole('button', { name: 'Enregistrer le profil' }).click();
    // Three hosts and browsers at once: the first save of a profile took over 10 s once under load.
    await expect(a.getByRole('heading', { level: 1, name: 'Rosalie Mianscum' })).toBeVisible({ timeout: 30_000 });
    await sendNow(a);
    await sendNow(b, true);

    // Unknown devices wait; nothing is merged before approval.
    await receive(central, /2 appareils inconnus attendent votre approbation/);
    // The central office sees the same fingerprints the laptops show, with the office they name.
    for (const f of [fingerprintA, fingerprintB])
      await expect(central.getByRole('button', { name: `Approuver l’appareil de ${OFFICE}, empreinte ${f}` })).toBeVisible();
    await approveWaiting(central);
    // Approving merges the waiting bundles: both devices then have a last bundle.
    const devices = central.getByRole('region', { name: 'Appareils' });
    await expect(devices.getByRole('row', { name: /Approuvé/ })).toHaveCount(2);
    await expect(devices.getByRole('cell', { name: 'Jamais' })).toHaveCount(0);

    // Laptop B gets the partner through the central office.
    await sendBack(central, back);
    await receive(b, /1 appareil inconnu attend/);
    await approveWaiting(b);
    await expect(b.getByRole('region', { name: 'Appareils' }).getByRole('cell', { name: 'Jamais' })).toHaveCount(0);

    // Both laptops change the same partner.
    await editPartner(a, 'Rosalie Mianscum', { Téléphone: '418 555-0111' });
    await editPartner(b, 'Rosalie Mianscum', { Téléphone: '418 555-0122', Notes: 'Préfère les rencontres le soir' });
    await sendNow(a);
    await sendNow(b);

    // Two bundles at least (one per laptop; an automatic export may add one that changes nothing).
    await receive(central, /[2-9] envois fusionnés\. .*1 conflit à résoudre\./);
    await central.getByRole('link', { name: 'Partenaire : Rosalie Mianscum (2 versions)' }).click();
    const table = central.getByRole('table', { name: 'Versions en conflit, côte à côte' });
    await expect(table.getByRole('row', { name: /Téléphone/ })).toContainText('418 555-0111');
    await expect(table.getByRole('row', { name: /Téléphone/ })).toContainText('418 555-0122');
    await central.screenshot({ path: '.tmp/central-conflict.png', fullPage: true });
    expect(await seriousViolations(central), 'axe on a conflict').toEqual([]);
    // Field by field: laptop A's phone, laptop B's note.
    await table.getByRole('cell', { name: '418 555-0111' }).getByRole('radio').check();
    await table.getByRole('cell', { name: 'Préfère les rencontres le soir' }).getByRole('radio').check();
    await central.getByRole('button', { name: 'Enregistrer ce choix champ par champ' }).click();
    await expect(central.getByRole('status').filter({ hasText: 'Conflit résolu.' })).toBeVisible();
    await expect(central.getByRole('region', { name: 'Conflits à résoudre' })).toHaveCount(0);
    await expect(central.getByRole('region', { name: 'Appareils' }).getByRole('row')).toHaveCount(3);
    await central.screenshot({ path: '.tmp/central-receive.png', fullPage: true });
    expect(await seriousViolations(central), 'axe on Réception (central mode)').toEqual([]);

    // The roll-up names the office and how fresh its data is.
    await nav(central, 'Bilan');
    await expect(central.getByRole('heading', { level: 1, name: 'Bilan des bureaux' })).toBeVisible();
    await expect(central.getByRole('region', { name: 'Fraîcheur des données' })).toContainText(`${OFFICE} : dernier paquet aujourd’hui`);
    await expect(central.getByRole('region', { name: 'Par bureau' }).getByRole('row', { name: new RegExp(OFFICE) })).toBeVisible();
    await central.screenshot({ path: '.tmp/central-rollup.png', fullPage: true });
    expect(await seriousViolations(central), 'axe on Bilan').toEqual([]);

    // The resolution goes back to both laptops, which then agree. Laptop A meets the central
    // office's device for the first time: approving it merges what waited (both bundles sent
    // back so far) in the background, while the coordinator already looks at the bank. The
    // list must not blank while that merge lands: it once did (the bank rebuilt its whole
    // index), and a click on the person at that moment was lost.
    await sendBack(central, back);
    await receive(a, /1 appareil inconnu attend/);
    await approveWaiting(a);
    await nav(a, 'Banque');
    await expect(a.getByRole('link', { name: 'Rosalie Mianscum' })).toBeVisible();
    await a.evaluate(() => {
      const w = window as unknown as { relaisListBlanked?: boolean };
      w.relaisListBlanked = false;
      const main = document.querySelector('main') as HTMLElement;
      new MutationObserver(() => {
        const shown = [...main.querySelectorAll('a')].some((l) => l.textContent === 'Rosalie Mianscum');
        if (location.hash.startsWith('#/bank') && !shown) w.relaisListBlanked = true;
      }).observe(main, { childList: true, subtree: true, characterData: true });
    });
    const mergedNotes = () =>
      a.evaluate(
        () =>
          new Promise<unknown>((resolve, reject) => {
            const req = indexedDB.open('relais');
            req.onerror = () => reject(req.error);
            req.onsuccess = () => {
              const all = req.result.transaction('partners', 'readonly').objectStore('partners').getAll();
              all.onsuccess = () => {
                resolve((all.result as { notes?: string }[])[0]?.notes ?? null);
                req.result.close();
              };
            };
          }),
      );
    await expect.poll(mergedNotes, { timeout: 30_000 }).toBe('Préfère les rencontres le soir');
    // The run that merged it reports once the views have been told.
    await nav(a, 'Réception');
    await expect(a.getByRole('region', { name: 'Recevoir' }).getByRole('status')).toContainText('2 envois fusionnés.', { timeout: 30_000 });
    expect(
      await a.evaluate(() => (window as unknown as { relaisListBlanked?: boolean }).relaisListBlanked),
      'the bank list blanked while the merge landed',
    ).toBe(false);
    const openProfile = async (laptop: Page) => {
      await nav(laptop, 'Banque');
      await laptop.getByRole('link', { name: 'Rosalie Mianscum' }).click();
      await expect(laptop.getByRole('heading', { level: 1, name: 'Rosalie Mianscum' })).toBeVisible();
    };
    await openProfile(a);
    await expect(a.getByRole('main')).toContainText('Préfère les rencontres le soir');
    await expect(a.getByRole('main')).toContainText('418 555-0111');

    await receive(b, /^1 envoi fusionné\./);
    await openProfile(b);
    await expect(b.getByRole('main')).toContainText('Préfère les rencontres le soir');
    await expect(b.getByRole('main')).toContainText('418 555-0111');
  } finally {
    await Promise.all(hosts.map((h) => h.close()));
    await rm(drop, { recursive: true, force: true });
    await rm(back, { recursive: true, force: true });
  }
});

/** Invented partners as a laptop would send them (valid against the shared schema). */
const inventedPartners = (count: number, device: string, offset: number) =>
  Array.from({ length: count }, (_, i) => {
    const n = offset + i;
    const at = new Date(Date.UTC(2026, 10, 2, 12) + n).toISOString();
    const stamp = `${String(Date.UTC(2026, 10, 2, 12) + n).padStart(13, '0')}-00000-${device}`;
    return {
      id: `01KPART${String(n).padStart(19, '0')}`,
      createdAt: at,
      updatedAt: at,
      deviceId: device,
      stamp,
      vv: { [device]: stamp },
      draft: false,
      firstName: `Prénom${n}`,
      lastName: `Nomfictif${n}`,
      language: 'fr',
      interpreter: false,
      participation: [],
      availability: [],
      caregiver: false,
      sectors: ['Santé mentale et dépendance'],
      trajectories: [],
      roles: [],
      levels: ['clinical'],
      trainings: [],
      consents: {},
      sharedExperiences: [],
      dualRoles: [],
      step: 'in_bank',
      history: [{ at, to: 'in_bank' }],
      archived: false,
    };
  });

test('the page killed in the middle of a merge leaves the database as before that bundle; receiving again completes it', async ({ browser }) => {
  const host = await startRelaisHost('central-kill');
  const inbox = await mkdtemp(join(tmpdir(), 'relais-inbox-'));
  try {
    const context = await browser.newContext({ locale: 'fr-CA', timezoneId: 'America/Toronto' });
    let page = await context.newPage();
    await page.goto(host.url);
    await nav(page, 'Réception');
    await page.getByRole('button', { name: 'Devenir le bureau central' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Oui, devenir le bureau central' }).click();
    const key =
      (await page
        .getByRole('region', { name: 'Clé du bureau central' })
        .getByText(/^age1[0-9a-z]{58}$/)
        .textContent()) ?? '';
    await setInbox(page, inbox);

    // A laptop's bundles, made and signed by the real export code: a small one first, to approve the device.
    const { buildBundle } = await import('../../electron/services/sync/export');
    const { generateSigningKey } = await import('../../electron/services/sync/signing');
    const device = 'laptopkill01';
    const signer = await generateSigningKey();
    const write = async (partners: unknown[]) => {
      const sealed = await buildBundle({ full: false, sinceStamp: null, deviceId: device, establishment: OFFICE, records: { partners } }, signer, [key]);
      if (!sealed) throw new Error('no bundle');
      await writeFile(join(inbox, `relais-${device}-${sealed.header.bundleId}.age`), sealed.bytes);
    };
    await write(inventedPartners(3, device, 0));
    await receive(page, /1 appareil inconnu attend/);
    await approveWaiting(page);
    await expect(page.getByRole('region', { name: 'Recevoir' }).getByRole('status')).toContainText('1 envoi fusionné.');

    await write(inventedPartners(20_000, device, 100));
    await page.getByRole('button', { name: 'Recevoir maintenant' }).click();
    await expect(page.getByText('Fusion de l’envoi 1 sur 1…')).toBeVisible({ timeout: 60_000 });
    await page.waitForTimeout(300);
    await page.close(); // the renderer dies with its transaction open

    // Read the database from a page of the same origin that does not start Relais (so
    // nothing is received again before we look).
    page = await context.newPage();
    await page.goto(host.url.replace(/#.*$/, 'pas-relais'));
    const counts = () =>
      page.evaluate(
        () =>
          new Promise<{ partners: number; applied: number }>((resolve, reject) => {
            const req = indexedDB.open('relais');
            req.onerror = () => reject(req.error);
            req.onsuccess = () => {
              const tx = req.result.transaction(['partners', 'applied'], 'readonly');
              const p = tx.objectStore('partners').count();
              const a = tx.objectStore('applied').count();
              tx.oncomplete = () => {
                resolve({ partners: p.result, applied: a.result });
                req.result.close();
              };
            };
          }),
      );
    // As before that bundle: the three partners and one applied bundle, nothing half-merged.
    expect(await counts()).toEqual({ partners: 3, applied: 1 });

    // Relais reopened receives at start and merges it whole.
    await page.goto(host.url);
    await expect.poll(counts, { timeout: 120_000 }).toEqual({ partners: 20_003, applied: 2 });
  } finally {
    await host.close();
    await rm(inbox, { recursive: true, force: true });
  }
});
