import { expect, test } from './fixtures';
import { nav, openAtFixedTime, quickPerson } from './engagement-helpers';
import { seriousViolations } from './axe';

test('a user-safety committee with two seats gets a partner for a term, and coverage and her load follow', async ({ page }) => {
  await openAtFixedTime(page);
  await quickPerson(page, 'Rosalie', 'Tremblay-Néron');
  await expect(page.getByRole('heading', { name: 'Comités', exact: true })).toBeVisible();
  await expect(page.getByText('Ne siège à aucun comité.')).toBeVisible();

  await nav(page, 'Comités');
  await expect(page.getByRole('status', { name: 'Couverture des comités de sécurité des usagers' })).toHaveText(
    'Aucun comité de sécurité des usagers n’est inscrit.',
  );
  await page.getByRole('button', { name: 'Nouveau comité' }).click();
  await page.getByRole('button', { name: 'Enregistrer le comité' }).click();
  await expect(page.getByText('Donnez un nom au comité.')).toBeVisible();
  await page.getByLabel('Nom du comité').fill('Comité de gestion des risques');
  await page.getByLabel('Type de comité').selectOption({ label: 'Sécurité des usagers' });
  await page.getByLabel('Direction responsable').fill('Direction de la qualité');
  await page.getByLabel('Sièges réservés aux usagers partenaires').fill('2');
  await page.getByRole('button', { name: 'Enregistrer le comité' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Comité de gestion des risques' })).toBeVisible();
  await expect(page.getByRole('status', { name: 'Sièges partenaires' })).toHaveText('0 comblé sur 2 · 2 sièges à combler');

  await page.getByRole('searchbox', { name: 'Chercher une personne dans la banque' }).fill('rosalie tremblay');
  await page.getByRole('button', { name: 'Choisir Rosalie Tremblay-Néron' }).click();
  await page.getByLabel('Début du mandat').fill('2026-01-10');
  await page.getByLabel('Fin du mandat').fill('2026-07-31');
  await page.getByRole('button', { name: 'Attribuer le siège' }).click();
  await expect(page.getByRole('status', { name: 'Sièges partenaires' })).toHaveText('1 comblé sur 2 · 1 siège à combler');
  await expect(page.getByRole('cell', { name: 'Rosalie Tremblay-Néron', exact: true })).toBeVisible();
  await expect(page.getByRole('list').filter({ hasText: 'Siège attribué à Rosalie Tremblay-Néron' })).toBeVisible();

  await page.getByLabel('Date de la rencontre').fill('2026-06-10');
  await page.getByRole('group', { name: 'Usagers partenaires présents' }).getByLabel('Rosalie Tremblay-Néron').check();
  await page.getByRole('button', { name: 'Enregistrer la rencontre' }).click();
  await expect(page.getByText('10 juin 2026 — Rosalie Tremblay-Néron')).toBeVisible();

  await page.getByRole('link', { name: 'Retour aux comités' }).click();
  await expect(page.getByRole('status', { name: 'Couverture des comités de sécurité des usagers' })).toHaveText(
    '1 comité sur 1 a au moins un siège partenaire comblé (100 %).',
  );
  await expect(page.getByRole('cell', { name: /1 comblé sur 2/ })).toContainText('1 siège à combler');
  // Her term ends on 31 July, within 60 days of the fixed day (15 June 2026).
  const ending = page.getByRole('region', { name: 'Mandats qui se terminent d’ici 60 jours' });
  await expect(ending.getByRole('link', { name: 'Rosalie Tremblay-Néron — Comité de gestion des risques' })).toBeVisible();
  await expect(ending).toContainText('fin le 31 juillet 2026');

  // A second user-safety committee with no partner halves the coverage.
  await page.getByRole('button', { name: 'Nouveau comité' }).click();
  await page.getByLabel('Nom du comité').fill('Comité de prévention des infections');
  await page.getByLabel('Sièges réservés aux usagers partenaires').fill('1');
  await page.getByRole('button', { name: 'Enregistrer le comité' }).click();
  await nav(page, 'Comités');
  await expect(page.getByRole('status', { name: 'Couverture des comités de sécurité des usagers' })).toContainText('1 comité sur 2');
  await expect(page.getByRole('status', { name: 'Couverture des comités de sécurité des usagers' })).toContainText('(50 %)');
  expect(await seriousViolations(page)).toEqual([]);

  // Her profile lists the committee, and the seat counts in her load.
  await nav(page, 'Banque');
  await page.getByRole('link', { name: 'Rosalie Tremblay-Néron' }).click();
  await expect(page.getByRole('region', { name: 'Comités' }).getByRole('link', { name: 'Comité de gestion des risques' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Comités' })).toContainText('En poste');
  await page.screenshot({ path: '.tmp/screens/committee-profile.png', fullPage: true });

  // Three months after her term began (10 January), a follow-up is due on the home screen…
  await nav(page, 'Accueil');
  const reminders = page.getByRole('region', { name: /Suivis à faire auprès des partenaires/ });
  await expect(reminders.getByRole('link', { name: 'Suivi périodique au comité — Rosalie Tremblay-Néron (Comité de gestion des risques)' })).toBeVisible();
  await expect(reminders).toContainText('depuis le 10 avril 2026');
  await reminders.getByRole('link', { name: /Suivi périodique au comité/ }).click();
  // …and answering the involvement grid about her seat clears it.
  await page.getByRole('link', { name: 'Faire le suivi de Rosalie Tremblay-Néron' }).click();
  await expect(page.getByText('Au sujet du siège de Rosalie Tremblay-Néron — Comité de gestion des risques')).toBeVisible();
  for (const group of await page
    .getByRole('group')
    .filter({ has: page.getByRole('radio') })
    .all())
    await group.getByRole('radio').nth(3).check();
  await page.getByRole('button', { name: 'Enregistrer les réponses' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Réponses enregistrées.' })).toBeVisible();
  await nav(page, 'Accueil');
  await expect(page.getByRole('region', { name: /Suivis à faire auprès des partenaires/ })).toContainText('Aucun suivi en attente.');
});
