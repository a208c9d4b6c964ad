import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { sampleLogo } from '../../scripts/support/sample-logo';
import { seriousViolations } from './axe';
import { expect, openRelais, test } from './fixtures';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const pngSize = (file: string) => {
  const b = readFileSync(file);
  expect([...b.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
};

const saveSettings = async (page: Page) => {
  await page.getByRole('button', { name: 'Enregistrer les paramètres' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Paramètres enregistrés.' })).toBeVisible();
};

test('the logo: a 30 MB file and a corrupt image are refused in words and change nothing; a real one is kept', async ({ page }) => {
  await openRelais(page, 'settings');
  const logo = page.getByLabel('Logo', { exact: true });
  await page.getByLabel('Nom du bureau').fill('Bureau du partenariat des Îles');

  // A file heavier than the limit is refused before it is read.
  const huge = Buffer.alloc(30 * 1024 * 1024);
  Buffer.from(PNG_SIGNATURE).copy(huge);
  await logo.setInputFiles({ name: 'affiche-geante.png', mimeType: 'image/png', buffer: huge });
  await expect(page.getByRole('alert').filter({ hasText: 'Ce fichier est trop lourd (plus de 10 Mo)' })).toBeVisible();
  await expect(page.getByRole('img', { name: 'Logo actuel' })).toHaveCount(0);

  // A PNG cut short cannot be decoded.
  const corrupt = Buffer.concat([Buffer.from(PNG_SIGNATURE), Buffer.from('not really an image, just words')]);
  await logo.setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: corrupt });
  await expect(page.getByRole('alert').filter({ hasText: 'Cette image est abîmée ou illisible' })).toBeVisible();
  await saveSettings(page);
  await page.reload();
  await expect(page.getByLabel('Nom du bureau')).toHaveValue('Bureau du partenariat des Îles');
  await expect(page.getByRole('img', { name: 'Logo actuel' })).toHaveCount(0);

  // A real logo is kept, and a later refused file leaves it in place.
  const good = sampleLogo();
  await logo.setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from(good.base64, 'base64') });
  await expect(page.getByRole('status').filter({ hasText: 'Logo prêt' })).toBeVisible();
  await saveSettings(page);
  await page.reload();
  await expect(page.getByRole('img', { name: 'Logo actuel' })).toBeVisible();
  await logo.setInputFiles({ name: 'logo.svg', mimeType: 'image/svg+xml', buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><rect') });
  await expect(page.getByRole('alert').filter({ hasText: 'illisible' })).toBeVisible();
  await expect(page.getByRole('img', { name: 'Logo actuel' })).toBeVisible();

  // A large SVG is accepted and scaled down.
  const big = '<svg xmlns="http://www.w3.org/2000/svg" width="4000" height="2000"><rect width="4000" height="2000" fill="#1f5f8b"/></svg>';
  await logo.setInputFiles({ name: 'logo.svg', mimeType: 'image/svg+xml', buffer: Buffer.from(big) });
  await expect(page.getByRole('status').filter({ hasText: 'Logo prêt' })).toBeVisible();
});

test('a poster: pick a logo, edit it, preview it in a dialog, save the PDF and both images', async ({ page }, info) => {
  test.setTimeout(120_000);
  await openRelais(page, 'settings');
  await page.getByLabel('Nom du bureau').fill('Bureau du partenariat des Îles');
  await page.getByLabel('Téléphone').fill('418 555-0177');
  await page.getByLabel('Logo', { exact: true }).setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from(sampleLogo().base64, 'base64') });
  await saveSettings(page);

  await page.getByRole('navigation').getByRole('link', { name: 'Imprimés' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Imprimés' })).toBeVisible();
  expect(await seriousViolations(page), 'axe on the printables').toEqual([]);
  await page.getByRole('button', { name: 'Nouvelle affiche' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Affiche : Affiche 1' })).toBeVisible();

  await page.getByLabel('Nom de l’affiche').fill('Urgence des Îles');
  await page.getByLabel('Papier').selectOption('tabloid');
  await page.getByLabel('Langue de l’affiche').selectOption('bilingual');
  await page.getByLabel('Titre (français)').fill('Votre voix compte à l’hôpital des Îles');
  await page.getByLabel('Titre (anglais)').fill('Your voice counts at the Islands hospital');
  // The plain-language aid flags a long sentence and a long word as they are typed.
  await page
    .getByLabel('Appel à l’action (français)')
    .fill(
      'Nous cherchons des personnes qui ont reçu des soins à l’urgence et qui voudraient partager leur expérience avec une équipe pour améliorer significativement l’accueil.',
    );
  const aid = page.getByRole('complementary', { name: 'Langage clair (français)' });
  await expect(aid.getByText(/Phrase longue \(2\d mots\)/)).toBeVisible();
  await expect(aid.getByText('Mot long (17 lettres) : significativement')).toBeVisible();
  await page.getByLabel('Ligne en cri ou en inuktitut (facultatif)').fill('ᐄᔨᔨᐤ ᐊᔅᒌ');
  await expect(page.getByText('Le code QR proposera d’appeler : tel:+14185550177')).toBeVisible();
  expect(await seriousViolations(page), 'axe on the poster editor').toEqual([]);
  await page.getByRole('button', { name: 'Enregistrer l’affiche' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Affiche enregistrée.' })).toBeVisible();

  // Preview: a modal dialog with the page drawn, focus inside, Escape closes, focus returns.
  const opener = page.getByRole('button', { name: 'Aperçu de l’affiche (PDF)' });
  await opener.click();
  const dialog = page.getByRole('dialog', { name: 'Affiche — Urgence des Îles' });
  await expect(dialog.getByRole('img', { name: 'Page 1 de 1' })).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Enregistrer le PDF' })).toBeEnabled();
  expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  expect(await seriousViolations(page), 'axe with the preview open').toEqual([]);
  const dir = info.outputPath('printables');
  mkdirSync(dir, { recursive: true });
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Enregistrer le PDF' }).click();
  const pdf = path.join(dir, 'affiche.pdf');
  await (await download).saveAs(pdf);
  // Print draws the pages as pictures for the system's print dialog (stubbed here: headless).
  await page.evaluate(() => {
    window.print = () => {
      const pages = [...document.querySelectorAll<HTMLImageElement>('body > div:last-child img')];
      document.body.dataset.printedPages = String(pages.filter((i) => i.naturalWidth > 1000).length);
    };
  });
  await dialog.getByRole('button', { name: 'Imprimer' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-printed-pages', '1');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();

  const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
  expect(text).toContain('Votre voix compte à l’hôpital des Îles');
  expect(text).toContain('Your voice counts at the Islands hospital');
  expect(text).toContain('ᐄᔨᔨᐤ ᐊᔅᒌ');
  expect(text).toContain('Bureau du partenariat des Îles');
  expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Page size:\s+792 x 1224 pts/);

  for (const [button, size] of [
    ['Image pour les réseaux sociaux (1080 × 1080)', { width: 1080, height: 1080 }],
    ['Image pour les écrans (1920 × 1080)', { width: 1920, height: 1080 }],
  ] as const) {
    await page.getByRole('button', { name: button }).click();
    const image = page.getByRole('dialog', { name: button });
    await expect(image.getByRole('img', { name: button })).toBeVisible();
    const saved = page.waitForEvent('download');
    await image.getByRole('button', { name: 'Enregistrer l’image' }).click();
    const file = path.join(dir, `${size.width}.png`);
    await (await saved).saveAs(file);
    expect(pngSize(file)).toEqual(size);
    await image.getByRole('button', { name: 'Fermer l’aperçu' }).click();
  }

  // Kept and reusable: it is in the list after a reload.
  await page.reload();
  await page.getByRole('navigation').getByRole('link', { name: 'Imprimés' }).click();
  await page.getByRole('link', { name: 'Urgence des Îles' }).click();
  await expect(page.getByLabel('Ligne en cri ou en inuktitut (facultatif)')).toHaveValue('ᐄᔨᔨᐤ ᐊᔅᒌ');
  await expect(page.getByLabel('Papier')).toHaveValue('tabloid');

  // Reused for the next campaign: a copy, the original left as it was.
  await page.getByRole('button', { name: 'Faire une copie de l’affiche' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Affiche : Urgence des Îles (copie)' })).toBeVisible();
  await expect(page.getByLabel('Titre (anglais)')).toHaveValue('Your voice counts at the Islands hospital');
  await page.getByRole('navigation').getByRole('link', { name: 'Imprimés' }).click();
  const posters = page.getByRole('region', { name: 'Affiches de recrutement' });
  await expect(posters.getByRole('link', { name: 'Urgence des Îles', exact: true })).toBeVisible();
  await expect(posters.getByRole('link', { name: 'Urgence des Îles (copie)' })).toBeVisible();
});

test('a guide: edit it, reload, the edit is there and prints; restore the original', async ({ page }, info) => {
  await openRelais(page, 'settings');
  await page.getByLabel('Nom du bureau').fill('Bureau du partenariat des Îles');
  await page.getByLabel('Coordonnatrice ou coordonnateur').fill('Gaëlle Arsenault');
  await saveSettings(page);
  await page.getByRole('navigation').getByRole('link', { name: 'Imprimés' }).click();
  const guides = page.getByRole('region', { name: 'Guides et dépliants' });
  await guides.getByRole('link', { name: 'Votre rôle d’usager partenaire' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Votre rôle d’usager partenaire (français)' })).toBeVisible();
  await expect(page.getByText('Texte d’origine de Relais.')).toBeVisible();
  expect(await seriousViolations(page), 'axe on the guide editor').toEqual([]);

  const body = page.getByLabel('Texte', { exact: true });
  await expect(body).toHaveValue(/# Bienvenue dans l’équipe/);
  await body.fill(`${await body.inputValue()}\n## Stationnement aux Îles\n\nLe stationnement du pavillon Sainte-Thérèse est gratuit pour vous.\n`);
  await page.getByRole('button', { name: 'Enregistrer le guide' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Guide enregistré.' })).toBeVisible();

  await page.reload();
  await expect(page.getByLabel('Texte', { exact: true })).toHaveValue(/Le stationnement du pavillon Sainte-Thérèse est gratuit pour vous\./);
  await expect(page.getByText('Version modifiée par votre bureau.')).toBeVisible();

  // The printed guide carries the edit and the coordinator's name from the settings.
  await page.getByRole('button', { name: 'Aperçu du guide (PDF)' }).click();
  const dialog = page.getByRole('dialog', { name: 'Guide — Votre rôle d’usager partenaire' });
  await expect(dialog.getByRole('img', { name: /^Page 1 de \d$/ })).toBeVisible();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Enregistrer le PDF' }).click();
  const dir = info.outputPath('guide');
  mkdirSync(dir, { recursive: true });
  const pdf = path.join(dir, 'guide.pdf');
  await (await download).saveAs(pdf);
  await page.keyboard.press('Escape');
  const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain('Le stationnement du pavillon Sainte-Thérèse est gratuit pour vous.');
  expect(text).toContain('Gaëlle Arsenault');

  await page.getByRole('button', { name: 'Revenir au texte d’origine' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Revenir au texte d’origine' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Texte d’origine rétabli.' })).toBeVisible();
  await expect(page.getByLabel('Texte', { exact: true })).not.toHaveValue(/Sainte-Thérèse/);
  await page.reload();
  await expect(page.getByText('Texte d’origine de Relais.')).toBeVisible();
  await expect(page.getByLabel('Texte', { exact: true })).not.toHaveValue(/Sainte-Thérèse/);
  await expect(page.getByRole('button', { name: 'Revenir au texte d’origine' })).toBeDisabled();
});

test('the recruitment notice for a request, in English', async ({ page }, info) => {
  await openRelais(page, 'settings');
  await page.getByRole('button', { name: 'Charger les données de démonstration' }).click();
  await expect(page.getByRole('status').filter({ hasText: /personnes inventées/ })).toBeVisible();
  await page.getByRole('navigation').getByRole('link', { name: 'Imprimés' }).click();
  const notice = page.getByRole('region', { name: 'Avis de recrutement' });
  const request = notice.getByLabel('Demande');
  const title = await request.locator('option').nth(1).textContent();
  await request.selectOption({ index: 1 });
  await notice.getByLabel('Langue de l’avis').selectOption('en');
  await notice.getByLabel('Répondre avant le (facultatif)').fill('2027-01-15');
  await notice.getByRole('button', { name: 'Préparer l’avis de recrutement (PDF)' }).click();
  const dialog = page.getByRole('dialog', { name: `Avis de recrutement — ${title}` });
  await expect(dialog.getByRole('img', { name: /^Page 1 de \d$/ })).toBeVisible();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Enregistrer le PDF' }).click();
  const dir = info.outputPath('notice');
  mkdirSync(dir, { recursive: true });
  const pdf = path.join(dir, 'notice.pdf');
  await (await download).saveAs(pdf);
  const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain('Recruitment notice');
  expect(text).toContain('To the users’ committee');
  expect(text).toContain(title ?? '');
  expect(text).toContain('Answer by January 15, 2027');
});
