import { expect, test } from './fixtures';
import { nav, openAtFixedTime, quickPerson } from './engagement-helpers';
import { seriousViolations } from './axe';

test('an information session records attendance and brings two candidates into the bank’s pipeline', async ({ page }) => {
  await openAtFixedTime(page);
  await quickPerson(page, 'Mathis', 'Bélanger-Ottawa');

  await nav(page, 'Formations');
  await page.getByRole('button', { name: 'Nouvelle séance' }).click();
  await page.getByLabel('Type de séance').selectOption({ label: 'Séance d’information' });
  await page.getByLabel('Titre').fill('Devenir usager partenaire — soirée d’information');
  await page.getByLabel('Date de la séance').fill('2026-06-10');
  await page.getByLabel('Lieu').fill('Salle communautaire, Chibougamau');
  await page.getByLabel('Lien de visioconférence').fill('pas un lien');
  await page.getByLabel('Animation').fill('Bureau de partenariat');
  await page.getByLabel('Autres personnes présentes (nombre)').fill('19');
  await page.getByRole('button', { name: 'Enregistrer la séance' }).click();
  // A bad link is named and nothing typed is lost.
  await expect(page.getByText('Le lien doit être une adresse complète (https://…).')).toBeVisible();
  await expect(page.getByLabel('Titre')).toHaveValue('Devenir usager partenaire — soirée d’information');
  await page.getByLabel('Lien de visioconférence').fill('https://visio.example.org/soiree');
  await page.getByRole('button', { name: 'Enregistrer la séance' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Devenir usager partenaire — soirée d’information' })).toBeVisible();

  // A partner already in the bank came to help: attendance by name, the others as a count.
  await page.getByRole('searchbox', { name: 'Ajouter une personne de la banque à la présence' }).fill('mathis');
  await page.getByRole('button', { name: 'Ajouter Mathis Bélanger-Ottawa à la présence' }).click();
  await expect(page.getByRole('status', { name: 'Personnes présentes' })).toHaveText('Usagers partenaires nommés : 1 · autres personnes : 19 · total : 20.');

  for (const [first, last] of [
    ['Noémie', 'Kanatewat'],
    ['Olivier', 'Dufresne'],
  ]) {
    await page.getByLabel('Prénom de la personne candidate').fill(first!);
    await page.getByLabel('Nom de famille de la personne candidate').fill(last!);
    await page.getByRole('button', { name: 'Ajouter à la banque' }).click();
    await expect(page.getByRole('list', { name: 'Personnes amenées par la séance' }).getByRole('link', { name: `${first} ${last}` })).toBeVisible();
  }
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: '.tmp/screens/session.png', fullPage: true });

  // Both wait in the bank's pipeline at "interest", linked to the session.
  await nav(page, 'Banque');
  await page.getByRole('complementary', { name: 'Filtres' }).getByRole('checkbox', { name: 'Intérêt exprimé', exact: true }).check();
  await expect(page.getByRole('link', { name: 'Noémie Kanatewat' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Olivier Dufresne' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Mathis Bélanger-Ottawa' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Noémie Kanatewat' }).click();
  await expect(page.getByText('Intérêt exprimé').first()).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Formations et communauté de pratique' }).getByRole('link', { name: 'Devenir usager partenaire — soirée d’information' }),
  ).toBeVisible();

  // The partner who attended sees the session among her trainings.
  await nav(page, 'Banque');
  await page.getByRole('link', { name: 'Mathis Bélanger-Ottawa' }).click();
  await expect(page.getByRole('region', { name: 'Formations et communauté de pratique' })).toContainText('Séance d’information, 10 juin 2026');

  // Deleting her (a request under Law 25) takes her name off the attendance too; the count of others stays.
  await page.getByRole('button', { name: 'Supprimer', exact: true }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Supprimer définitivement' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Personne supprimée.' })).toBeVisible();
  await nav(page, 'Formations');
  await page.getByRole('link', { name: 'Devenir usager partenaire — soirée d’information' }).click();
  await expect(page.getByRole('status', { name: 'Personnes présentes' })).toHaveText('Usagers partenaires nommés : 0 · autres personnes : 19 · total : 19.');
});

test('the community of practice counts its active members over the year', async ({ page }) => {
  await openAtFixedTime(page);
  await quickPerson(page, 'Anne-Sophie', 'Mianscum');
  await quickPerson(page, 'Bertrand', 'Lapointe');
  await nav(page, 'Formations');
  await page.getByRole('link', { name: 'Communauté de pratique' }).click();
  await expect(page.getByRole('status', { name: 'Les 12 derniers mois' })).toHaveText('Rencontres : 0 · membres actifs : 0.');
  await page.getByLabel('Date de la rencontre').fill('2026-05-20');
  await page.getByLabel('Thèmes abordés').fill('Accueil des nouveaux membres\nBilan des comités');
  for (const name of ['Anne-Sophie Mianscum', 'Bertrand Lapointe']) {
    await page.getByRole('searchbox', { name: 'Ajouter une personne présente' }).fill(name.slice(0, 5));
    await page.getByRole('button', { name: `Ajouter ${name}` }).click();
  }
  await page.getByRole('button', { name: 'Enregistrer la rencontre' }).click();
  await expect(page.getByRole('status', { name: 'Les 12 derniers mois' })).toHaveText('Rencontres : 1 · membres actifs : 2.');
  await expect(page.getByText('Thèmes : Accueil des nouveaux membres · Bilan des comités')).toBeVisible();
  // A meeting more than a year before the fixed day does not make anyone active.
  await page.getByLabel('Date de la rencontre').fill('2025-05-01');
  await page.getByRole('button', { name: 'Enregistrer la rencontre' }).click();
  await expect(page.getByRole('status', { name: 'Les 12 derniers mois' })).toHaveText('Rencontres : 1 · membres actifs : 2.');
  expect(await seriousViolations(page)).toEqual([]);
});
