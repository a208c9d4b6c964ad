import { expect, openRelais, test } from './fixtures';
import type { Page } from '@playwright/test';
import { longDate } from '../../shared/format/dates';

/** The first of a month, in the morning in Quebec: the day « 1er » is written. */
const FIRST_OF_MONTH = new Date('2026-12-01T14:00:00Z');

const addHelene = async (page: Page) => {
  await page.getByRole('navigation').getByRole('link', { name: 'Banque' }).click();
  await page.getByRole('button', { name: 'Ajouter une personne' }).click();
  await page.getByLabel('Prénom').fill('Hélène');
  await page.getByLabel('Nom de famille').fill('Wapachee-Côté');
  await page.getByLabel('Communauté ou ville').fill('Chibougamau');
  await page.getByRole('textbox', { name: 'Téléphone' }).fill('418-555-0142');
  await page.getByLabel('Trajectoires de soins').fill('diabète de type 2, proche aidante');
  await page.getByRole('checkbox', { name: 'Clinique' }).check();
  await page.getByRole('checkbox', { name: /Usager partenaire accompagnateur/ }).check();
  await page.getByLabel('Être conservée dans la banque : réponse').selectOption('given');
  await page.getByLabel('Être conservée dans la banque : comment').selectOption({ label: 'Par écrit' });
  await page.getByLabel('Être contactée : réponse').selectOption('given');
  await page.getByLabel('Être contactée : comment').selectOption({ label: 'Par téléphone' });
  await page.getByRole('button', { name: 'Enregistrer le profil' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hélène Wapachee-Côté' })).toBeVisible();
};

const moveTo = async (page: Page, step: string, reason = '') => {
  await page.getByLabel('Nouvelle étape').selectOption({ label: step });
  if (reason) await page.getByLabel('Raison ou commentaire').fill(reason);
  await page.getByRole('button', { name: 'Changer d’étape' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Étape changée : ${step}.` })).toBeVisible();
};

test('a partner is added in French, moves through the pipeline, gets a call logged, is found, then withdraws consent', async ({ page }) => {
  // The clock is fixed: the expected date never depends on the day the test runs.
  await page.clock.install({ time: FIRST_OF_MONTH });
  await openRelais(page);
  await addHelene(page);

  await moveTo(page, 'Premier contact');
  await moveTo(page, 'Entrevue de sélection', 'Entrevue faite par téléphone');
  await moveTo(page, 'Dans la banque');
  const history = page.getByRole('list').filter({ hasText: 'Intérêt exprimé' });
  await expect(history).toContainText('Premier contact → Entrevue de sélection — Entrevue faite par téléphone');
  await expect(history).toContainText('Entrevue de sélection → Dans la banque');

  await page.getByLabel('Résumé').fill('Appel de bienvenue; intéressée par le comité de l’urgence.');
  await page.getByLabel('Moyen').selectOption({ label: 'Appel' });
  await page.getByRole('button', { name: 'Ajouter au journal' }).click();
  await expect(page.getByRole('cell', { name: /Appel de bienvenue/ })).toBeVisible();
  // The last contact date is derived from the log, in fr-CA.
  await expect(page.getByText(`Dernier contact : ${longDate('2026-12-01', 'fr')}`)).toBeVisible();

  // Unaccented search finds her.
  await page.getByRole('navigation').getByRole('link', { name: 'Banque' }).click();
  await page.getByLabel('Rechercher').fill('helene wapachee');
  await expect(page.getByRole('link', { name: 'Hélène Wapachee-Côté' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /^1 personne$/ })).toBeVisible();
  await page.getByLabel('Rechercher').fill('diabete');
  await expect(page.getByRole('link', { name: 'Hélène Wapachee-Côté' })).toBeVisible();

  // Filters: she is in the bank and speaks French; not an Inuktitut speaker.
  await page.getByLabel('Rechercher').fill('');
  const filters = page.getByRole('complementary', { name: 'Filtres' });
  await filters.getByRole('checkbox', { name: 'Dans la banque', exact: true }).check();
  await filters.getByRole('checkbox', { name: 'Français' }).check();
  await filters.getByRole('checkbox', { name: 'Clinique' }).check();
  await expect(page.getByRole('link', { name: 'Hélène Wapachee-Côté' })).toBeVisible();
  await filters.getByRole('checkbox', { name: 'Français' }).uncheck();
  await filters.getByRole('checkbox', { name: 'Inuktitut' }).check();
  await expect(page.getByText('Aucune personne ne correspond.')).toBeVisible();
  await filters.getByRole('button', { name: 'Effacer les filtres' }).click();

  // Withdrawal of consent, anonymising: her name is gone everywhere.
  await page.getByRole('link', { name: 'Hélène Wapachee-Côté' }).click();
  await page.getByRole('button', { name: 'Retrait du consentement' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Retirer le consentement' });
  await dialog.getByRole('radio', { name: /Anonymiser/ }).check();
  await dialog.getByRole('button', { name: 'Confirmer le retrait' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Personne anonymisée' })).toBeVisible();
  await expect(page.getByText('418-555-0142')).toHaveCount(0);
  await page.getByRole('navigation').getByRole('link', { name: 'Banque' }).click();
  await page.getByLabel('Rechercher').fill('Wapachee');
  await expect(page.getByText('Aucune personne ne correspond.')).toBeVisible();
});

test('a half-filled profile is kept: refused save keeps the typing, and the draft comes back after a reload', async ({ page }) => {
  await openRelais(page);
  await page.getByRole('navigation').getByRole('link', { name: 'Banque' }).click();
  await page.getByRole('button', { name: 'Ajouter une personne' }).click();
  await page.getByLabel('Prénom').fill('Maïté');
  await page.getByLabel('Notes').fill('Rencontrée à la séance de Matagami.');
  await page.getByRole('button', { name: 'Enregistrer le profil' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Inscrivez au moins le prénom et le nom.' })).toBeVisible();
  // The keyboard is taken to the field to fix.
  await expect(page.getByLabel('Nom de famille')).toBeFocused();
  await expect(page.getByLabel('Prénom')).toHaveValue('Maïté');
  await page.reload();
  await expect(page.getByLabel('Prénom')).toHaveValue('Maïté');
  await expect(page.getByLabel('Notes')).toHaveValue('Rencontrée à la séance de Matagami.');
  await page.getByLabel('Nom de famille').fill('Bélanger');
  await page.getByRole('button', { name: 'Enregistrer le profil' }).click();
  // No contact details and no consent yet: saved, marked as a draft.
  await expect(page.getByRole('heading', { level: 1, name: 'Maïté Bélanger' })).toBeVisible();
  await expect(page.getByText('Brouillon', { exact: true })).toBeVisible();
});

test('a CSV with one bad row names the row, and nothing is imported until confirmed', async ({ page, context }) => {
  await openRelais(page);
  await page.getByRole('navigation').getByRole('link', { name: 'Banque' }).click();
  await page.getByRole('button', { name: 'Importer un fichier CSV' }).click();
  const csv =
    '\uFEFFPrénom;Nom;Téléphone;Courriel;Communauté\nLouis;Bégin;418-555-0150;louis@example.org;Matagami\nRita;Ottereyes;418 555 0151;pas-un-courriel;Waskaganish\nNoémie;Gagnon;;noemie@example.com;Chapais\n';
  await page.getByLabel('Fichier CSV').setInputFiles({ name: 'banque.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  await expect(page.getByLabel('Colonne « Prénom »')).toHaveValue('firstName');
  await expect(page.getByLabel('Colonne « Courriel »')).toHaveValue('email');
  await expect(page.getByText(/Ligne 3\s:\sle courriel n’est pas valide/)).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: '2 lignes prêtes à importer' })).toBeVisible();

  // Before confirming, the bank (seen from another window) is untouched.
  const other = await context.newPage();
  await openRelais(other);
  await other.getByRole('navigation').getByRole('link', { name: 'Banque' }).click();
  await expect(other.getByText(/La banque est vide/)).toBeVisible();

  await page.getByRole('button', { name: 'Importer 2 personnes' }).click();
  await expect(page.getByRole('status').filter({ hasText: '2 personnes importées.' })).toBeVisible();
  await page.getByLabel('Rechercher').fill('begin');
  await expect(page.getByRole('link', { name: 'Louis Bégin' })).toBeVisible();
  await page.getByLabel('Rechercher').fill('Ottereyes');
  await expect(page.getByText('Aucune personne ne correspond.')).toBeVisible();
});

test('the bank screens are fully translated in English', async ({ page }) => {
  await openRelais(page);
  await addHelene(page);
  await page.getByLabel('Langue').selectOption('en');
  await expect(page.getByRole('heading', { name: 'Contact log' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Change step' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Consent withdrawal' })).toBeVisible();
  await page.getByRole('button', { name: 'Edit profile' }).click();
  await expect(page.getByLabel('First name')).toHaveValue('Hélène');
  await expect(page.getByLabel('To be contacted: answer')).toBeVisible();
  await page.getByRole('navigation').getByRole('link', { name: 'Bank' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Partner-user bank' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Import a CSV file' })).toBeVisible();
  await page.getByRole('button', { name: 'Import a CSV file' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Import an existing bank (CSV)' })).toBeVisible();
  // No untranslated key or French label left on these screens.
  const text = await page.locator('body').innerText();
  expect(text).not.toMatch(/\b(importer|form|profile|views)\.[a-zA-Z]+/);
  expect(text).not.toContain('Banque');
});

/** Reads every record of a table that belongs to one person, straight from IndexedDB. */
const linkedRecords = (page: Page, table: string, partnerId: string, ids: string[] = []) =>
  page.evaluate(
    ([t, id, known]) =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const open = indexedDB.open('relais');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction(t).objectStore(t).getAll();
          all.onsuccess = () =>
            resolve((all.result as Record<string, unknown>[]).filter((r) => r.partnerId === id || r.id === id || known.includes(String(r.id))));
        };
      }),
    [table, partnerId, ids] as const,
  );

test('deleting or anonymising a person erases what her mandates, candidacies and contacts say about her', async ({ page }) => {
  await openRelais(page);
  await page.getByRole('navigation').getByRole('link', { name: 'Paramètres' }).click();
  await page.getByRole('button', { name: 'Charger les données de démonstration' }).click();
  await expect(page.getByRole('status').filter({ hasText: /personnes inventées/ })).toBeVisible();

  const openOverSolicited = async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Banque' }).click();
    await page.getByLabel('Vue', { exact: true }).selectOption({ label: 'Sursollicitées' });
    await page.getByRole('table').getByRole('link').first().click();
    await expect(page.getByRole('heading', { level: 2, name: 'Mandats' })).toBeVisible();
    return decodeURIComponent(new URL(page.url()).hash.split('/')[2] ?? '');
  };

  // Anonymise the first over-solicited person: her mandates keep dates and hours only.
  const first = await openOverSolicited();
  expect((await linkedRecords(page, 'mandates', first)).length).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Retrait du consentement' }).click();
  await page
    .getByRole('alertdialog')
    .getByRole('radio', { name: /Anonymiser/ })
    .check();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Confirmer le retrait' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Personne anonymisée' })).toBeVisible();
  for (const m of await linkedRecords(page, 'mandates', first)) {
    for (const step of m.steps as Record<string, unknown>[]) expect(Object.keys(step).sort()).toEqual(expect.arrayContaining(['id']));
    expect((m.steps as Record<string, unknown>[]).some((s) => 'notes' in s || 'answers' in s)).toBe(false);
    expect((m.hours as Record<string, unknown>[]).some((h) => 'note' in h)).toBe(false);
  }
  expect((await linkedRecords(page, 'candidacies', first)).some((c) => 'declineReason' in c)).toBe(false);
  expect((await linkedRecords(page, 'contacts', first)).every((c) => c.deleted === 1 && !('summary' in c))).toBe(true);

  // Delete the other one outright: every linked record becomes a bare tombstone.
  const second = await openOverSolicited();
  expect(second).not.toBe(first);
  const linked: Record<string, string[]> = {};
  for (const table of ['contacts', 'candidacies', 'mandates']) linked[table] = (await linkedRecords(page, table, second)).map((r) => String(r.id));
  expect(linked.mandates?.length).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Supprimer', exact: true }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Supprimer définitivement' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Banque d’usagers partenaires' })).toBeVisible();
  for (const table of ['partners', 'contacts', 'candidacies', 'mandates']) {
    const rows = await linkedRecords(page, table, second, linked[table] ?? []);
    expect(rows.length, table).toBe(table === 'partners' ? 1 : (linked[table] ?? []).length);
    for (const r of rows) {
      expect(r.deleted, `${table} ${String(r.id)}`).toBe(1);
      expect(Object.keys(r).sort(), `${table} keeps only bookkeeping`).toEqual(['createdAt', 'deleted', 'deviceId', 'id', 'stamp', 'updatedAt', 'vv']);
    }
  }
});
