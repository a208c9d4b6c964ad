import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { PipelineStep } from '../../shared/model';
import { startRelaisHost } from '../support/relais-host';
import { mandate, partner, request } from '../unit/logic/factory';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';

// The central office receives two offices' bundles through the real receive path (real age
// encryption, signatures, device approval, merge into IndexedDB), then reads the offices'
// indicators side by side. The clock is fixed: "today" is 2026-12-01.
test.setTimeout(180_000);

const NOW = new Date('2026-12-01T15:00:00.000Z');
const BJ = 'CRSSS de la Baie-James';
const NK = 'RRSSS du Nunavik';

const nav = (page: Page, name: string) => page.getByRole('navigation').getByRole('link', { name }).click();

/** Screenshots to look at: the page tall enough to hold the whole screen (a full-page capture leaves the lower cards blank here). */
const shoot = async (page: Page, lang: string) => {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: 1280, height: Math.min(height, 6000) });
  await page.screenshot({ path: `.tmp/central-indicators-${lang}.png` });
  await page.screenshot({ path: `.tmp/central-indicators-${lang}-top.png`, clip: { x: 0, y: 0, width: 1280, height: 1250 } });
  await page
    .getByRole('figure')
    .first()
    .locator('..')
    .screenshot({ path: `.tmp/central-indicators-${lang}-charts.png` });
  await page.setViewportSize({ width: 1280, height: 720 });
};

let n = 0;
/** Who made a record: the laptop's device and a stamp in its clock. */
const by = (device: string) => {
  const stamp = `${String(Date.UTC(2026, 10, 1) + ++n).padStart(13, '0')}-00000-${device}`;
  return { deviceId: device, stamp, vv: { [device]: stamp } };
};
const inBank = (id: string, device: string, since: string, step: PipelineStep = 'in_bank') =>
  partner({ id, ...by(device), firstName: `Prénom${id}`, lastName: 'Fictif', step, history: [{ at: `${since}T15:00:00.000Z`, to: 'in_bank' }] });

/** Baie-James: three people in the bank, one on a mandate since March; two requests (Q1 and Q4 2026), the first filled. */
const bjRecords = (d: string) => ({
  partners: [inBank('PARTBJ0001', d, '2026-02-01', 'active'), inBank('PARTBJ0002', d, '2026-02-01'), inBank('PARTBJ0003', d, '2026-02-01')],
  requests: [
    request({ id: 'REQBJ00001', ...by(d), receivedAt: '2026-02-10', status: 'filled', statusHistory: [{ at: '2026-03-01T15:00:00.000Z', to: 'filled' }] }),
    request({ id: 'REQBJ00002', ...by(d), receivedAt: '2026-10-05', status: 'recruiting' }),
  ],
  mandates: [mandate('PARTBJ0001', { id: 'MANBJ00001', ...by(d), requestId: 'REQBJ00001', createdAt: '2026-03-01T15:00:00.000Z', startDate: '2026-03-01' })],
});
/** Nunavik: two people in the bank, one request received in August. */
const nkRecords = (d: string) => ({
  partners: [inBank('PARTNK0001', d, '2026-01-15'), inBank('PARTNK0002', d, '2026-01-15')],
  requests: [request({ id: 'REQNK00001', ...by(d), receivedAt: '2026-08-05', status: 'recruiting' })],
});

test('two offices’ bundles received: their indicators side by side with each office’s freshness, a period change, and the CSV', async ({ browser }, info) => {
  const host = await startRelaisHost('central-indicators');
  const inbox = await mkdtemp(join(tmpdir(), 'relais-inbox-'));
  try {
    const context = await browser.newContext({ locale: 'fr-CA', timezoneId: 'America/Toronto', acceptDownloads: true });
    const page = await context.newPage();
    await page.clock.setFixedTime(NOW);
    await page.goto(host.url);
    await expect(page.getByRole('navigation')).toBeVisible();

    // Central mode, and its inbox folder.
    await nav(page, 'Réception');
    await page.getByRole('button', { name: 'Devenir le bureau central' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Oui, devenir le bureau central' }).click();
    const key =
      (await page
        .getByRole('region', { name: 'Clé du bureau central' })
        .getByText(/^age1[0-9a-z]{58}$/)
        .textContent()) ?? '';
    const where = page.getByRole('region', { name: 'Où arrivent les envois' });
    await where.getByLabel('Dossier de réception').fill(inbox);
    await where.getByRole('button', { name: 'Enregistrer la réception' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Réception enregistrée.' })).toBeVisible();

    // Nothing merged yet: the freshness card says so instead of staying empty.
    await nav(page, 'Bilan');
    await expect(page.getByRole('region', { name: 'Fraîcheur des données' })).toContainText('Aucun envoi n’a encore été fusionné');
    // A conflict address that matches nothing says it is not found (not « déjà résolu »).
    await page.evaluate(() => (location.hash = '#/conflicts/inconnu'));
    await expect(page.getByRole('heading', { level: 1, name: 'Conflit introuvable' })).toBeVisible();
    await expect(page.getByText('Aucun conflit ne correspond à cette adresse')).toBeVisible();
    await nav(page, 'Réception');

    // Each office's laptop bundle, made, signed and encrypted by the real export code. Baie-James
    // sent its bundle twelve days ago; Nunavik last evening.
    const { buildBundle } = await import('../../electron/services/sync/export');
    const { generateSigningKey } = await import('../../electron/services/sync/signing');
    const send = async (device: string, establishment: string, records: Record<string, unknown[]>, at: Date) => {
      const sealed = await buildBundle({ full: false, sinceStamp: null, deviceId: device, establishment, records }, await generateSigningKey(), [key], at);
      if (!sealed) throw new Error('no bundle');
      await writeFile(join(inbox, `relais-${device}-${sealed.header.bundleId}.age`), sealed.bytes);
    };
    await send('laptopbj0001', BJ, bjRecords('laptopbj0001'), new Date('2026-11-19T14:00:00.000Z'));
    await send('laptopnk0001', NK, nkRecords('laptopnk0001'), new Date('2026-11-30T20:00:00.000Z'));

    await page.getByRole('button', { name: 'Recevoir maintenant' }).click();
    const received = page.getByRole('region', { name: 'Recevoir' }).getByRole('status');
    await expect(received).toContainText(/2 appareils inconnus attendent votre approbation/, { timeout: 30_000 });
    const approve = page.getByRole('region', { name: 'Appareils' }).getByRole('button', { name: /^Approuver l’appareil de / });
    for (const office of [BJ, NK]) await page.getByRole('button', { name: new RegExp(`^Approuver l’appareil de ${office}, empreinte`) }).click();
    await expect(approve).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Appareils' }).getByRole('cell', { name: 'Jamais' })).toHaveCount(0, { timeout: 30_000 });

    await nav(page, 'Bilan');
    await expect(page.getByRole('heading', { level: 1, name: 'Bilan des bureaux' })).toBeVisible();
    // Each office's freshness: Baie-James is twelve days old.
    const freshness = page.getByRole('region', { name: 'Fraîcheur des données' });
    await expect(freshness).toContainText(`${BJ} : dernier paquet il y a 12 jours`);
    await expect(freshness).toContainText(`${NK} : dernier paquet aujourd’hui`);

    // Side by side: one column per office and one for all offices, for 2026.
    const offices = page.getByRole('region', { name: 'Par bureau' });
    const table = offices.getByRole('table');
    await expect(table.getByRole('columnheader')).toHaveText(['Indicateur', BJ, NK, 'Tous les bureaux']);
    const row = (name: string) => table.getByRole('row', { name: new RegExp(`^${name}`) }).getByRole('cell');
    await expect(row('Personnes dans la banque')).toHaveText(['3', '2', '5']);
    await expect(row('Personnes actives')).toHaveText(['1', '0', '1']);
    await expect(row('Demandes reçues')).toHaveText(['2', '1', '3']);
    await expect(row('Demandes comblées')).toHaveText(['1', '0', '1']);
    await expect(row('Dernier paquet')).toHaveText(['il y a 12 jours', 'aujourd’hui', 'aujourd’hui']);
    // Each indicator's definition: on hover, and in the list under the table.
    await expect(table.getByRole('rowheader', { name: 'Personnes dans la banque' })).toHaveAttribute('title', /«\sdans la banque\s» ou «\sactive\s»/);
    await expect(offices.getByRole('listitem').filter({ hasText: /^Demandes dont la date de réception tombe dans la période\.$/ })).toHaveCount(1);
    // The chart is drawn (hidden from screen readers, which read its table instead).
    const chart = page.getByRole('figure', { name: 'Personnes dans la banque et actives, par bureau' });
    await expect(chart.getByRole('img', { name: 'Personnes dans la banque et actives, par bureau', includeHidden: true })).toBeVisible();
    await expect(
      chart
        .getByRole('table')
        .getByRole('row', { name: new RegExp(`^${BJ}`) })
        .getByRole('cell'),
    ).toHaveText(['3', '1']);
    await shoot(page, 'fr');
    expect(await seriousViolations(page), 'axe on Bilan').toEqual([]);

    // CSV of the side-by-side table, as the reader sees it.
    const download = page.waitForEvent('download');
    await offices.getByRole('button', { name: /^Exporter en CSV/ }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('bilan-bureaux-2026-12-01.csv');
    const csvPath = info.outputPath('bilan-bureaux.csv');
    await file.saveAs(csvPath);
    const csv = (await readFile(csvPath, 'utf8')).split('\r\n');
    expect(csv[0]).toBe(`Indicateur,${BJ},${NK},Tous les bureaux,Définition`);
    expect(csv.find((l) => l.startsWith('Demandes reçues,'))).toBe('Demandes reçues,2,1,3,Demandes dont la date de réception tombe dans la période.');

    // Another period: the first quarter of 2026 has only Baie-James's first request.
    const period = page.getByRole('group', { name: 'Période' });
    await period.getByRole('combobox', { name: 'Type de période' }).selectOption('quarter');
    await period.getByRole('combobox', { name: 'Trimestre', exact: true }).selectOption('1');
    await expect(page.getByRole('status').filter({ hasText: 'Période affichée : T1 2026' })).toBeVisible();
    await expect(row('Demandes reçues')).toHaveText(['1', '0', '1']);
    await expect(row('Personnes dans la banque')).toHaveText(['3', '2', '5']);

    // The same screen in English.
    await page.getByRole('combobox', { name: 'Langue' }).selectOption('en');
    await expect(page.getByRole('heading', { level: 1, name: 'Offices roll-up' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Freshness of the data' })).toContainText(`${BJ}: last bundle 12 days ago`);
    await shoot(page, 'en');
  } finally {
    await host.close();
    await rm(inbox, { recursive: true, force: true });
  }
});
