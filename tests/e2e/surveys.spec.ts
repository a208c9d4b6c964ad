import { expect, test } from './fixtures';
import { nav, openAtFixedTime } from './engagement-helpers';
import { seriousViolations } from './axe';

const TITLE = 'Après votre participation (partenaire)';
const Q1 = '1. Dans l’ensemble, ma participation s’est bien passée.';

test('a partner fills in the post-participation survey in the kiosk view, and the answer shows in the results', async ({ page }) => {
  await openAtFixedTime(page);
  await nav(page, 'Sondages');
  await page.getByRole('link', { name: TITLE }).click();
  await expect(page.getByRole('status', { name: 'Résultats' })).toHaveText('0 réponse reçue.');
  await page.getByRole('link', { name: 'Ouvrir en mode kiosque' }).click();

  // Nothing else of the bank: no navigation, and another address is refused.
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await page.evaluate(() => {
    window.location.hash = '#/bank';
  });
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await expect(page).toHaveURL(/#\/kiosk\//);
  expect(await seriousViolations(page)).toEqual([]);

  // Required questions are named before anything is saved.
  await page.getByRole('button', { name: 'Envoyer mes réponses' }).click();
  await expect(page.getByText('4 questions obligatoires sont sans réponse.')).toBeVisible();

  await page.getByRole('group', { name: Q1 }).getByLabel('5 — Tout à fait d’accord').check();
  await page
    .getByRole('group', { name: /^2\. L’équipe a tenu compte/ })
    .getByLabel('4', { exact: true })
    .check();
  await page
    .getByRole('group', { name: /^3\. J’avais l’information/ })
    .getByLabel('5 — Tout à fait d’accord')
    .check();
  await page
    .getByRole('group', { name: /^4\. Le bureau de partenariat/ })
    .getByLabel('4', { exact: true })
    .check();
  await page
    .getByRole('group', { name: /^5\. Aimeriez-vous/ })
    .getByLabel('Oui')
    .check();
  await page.getByLabel('6. Qu’est-ce qui aurait pu être mieux ?').fill('Recevoir les documents une semaine avant.');
  await page.screenshot({ path: '.tmp/screens/kiosk.png', fullPage: true });
  await page.getByRole('button', { name: 'Envoyer mes réponses' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Merci!' })).toBeVisible();

  // The respondent can switch the survey to English; the kiosk stays.
  await page.getByRole('button', { name: 'Commencer un autre questionnaire' }).click();
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'After your participation (partner)' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-CA');

  // Leaving takes two deliberate steps.
  await page.getByRole('button', { name: 'Quitter le mode kiosque (réservé à la coordination)' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Annuler' }).click();
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await page.getByRole('button', { name: 'Quitter le mode kiosque (réservé à la coordination)' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Quitter le kiosque' }).click();

  await expect(page.getByRole('navigation')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr-CA');
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await expect(page.getByRole('status', { name: 'Résultats' })).toHaveText('1 réponse reçue.');
  const q1 = page.getByRole('list', { name: Q1 });
  await expect(q1.getByRole('listitem').filter({ hasText: '5 — Tout à fait d’accord' })).toHaveText(/5 — Tout à fait d’accord\s*1$/);
  await expect(q1.getByRole('listitem').filter({ hasText: '1 — Pas du tout d’accord' })).toHaveText(/\s0$/);
  await expect(page.getByText('Moyenne : 5 sur 5')).toHaveCount(2); // questions 1 and 3
  await expect(page.getByText('Moyenne : 4 sur 5')).toHaveCount(2);
  await expect(page.getByRole('list', { name: '6. Qu’est-ce qui aurait pu être mieux ?' })).toHaveText('Recevoir les documents une semaine avant.');
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: '.tmp/screens/results.png', fullPage: true });
});

test('the coordinator types a paper answer, edits an instrument in both languages and prints a blank copy', async ({ page }) => {
  await openAtFixedTime(page);
  await nav(page, 'Sondages');
  await page.getByRole('button', { name: 'Nouveau questionnaire' }).click();
  await page.getByRole('button', { name: 'Enregistrer le questionnaire' }).click();
  await expect(page.getByText('Donnez un titre au questionnaire, en français ou en anglais.')).toBeVisible();
  await page.getByLabel('Titre — français').fill('Bilan du comité des usagers');
  await page.getByLabel('Titre — anglais').fill('Users’ committee review');
  await page.getByLabel('Texte de la question 1 — français').fill('Les rencontres étaient utiles.');
  await page.getByLabel('Texte de la question 1 — anglais').fill('The meetings were useful.');
  await page.getByRole('button', { name: 'Ajouter une question' }).click();
  await page.getByLabel('Type de la question 2').selectOption('choice');
  await page.getByLabel('Texte de la question 2 — français').fill('Format préféré');
  await page.getByLabel('Choix 1 de la question 2 — français').fill('En personne');
  await page.getByLabel('Choix 2 de la question 2 — français').fill('En visioconférence');
  await page.getByRole('button', { name: 'Enregistrer le questionnaire' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bilan du comité des usagers' })).toBeVisible();

  await page.getByRole('link', { name: 'Saisir des réponses' }).click();
  await page.getByLabel('Façon de répondre').selectOption('paper');
  await page
    .getByRole('group', { name: /^1\. Les rencontres/ })
    .getByLabel('3', { exact: true })
    .check();
  await page
    .getByRole('group', { name: /^2\. Format préféré/ })
    .getByLabel('En visioconférence')
    .check();
  await page.getByRole('button', { name: 'Enregistrer les réponses' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Réponses enregistrées.' })).toBeVisible();
  await page.getByRole('link', { name: 'Retour à « Bilan du comité des usagers »' }).click();
  await expect(page.getByRole('status', { name: 'Résultats' })).toHaveText('1 réponse reçue.');
  await expect(page.getByRole('list', { name: '2. Format préféré' }).getByRole('listitem').filter({ hasText: 'En visioconférence' })).toHaveText(/\s1$/);

  await page.getByRole('button', { name: 'Préparer la copie vierge' }).click();
  const preview = page.getByRole('dialog', { name: 'Aperçu : Bilan du comité des usagers' });
  await expect(preview.getByRole('button', { name: 'Enregistrer le PDF' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(preview).toHaveCount(0);

  // An answer typed by mistake is removed, and the counts follow.
  await page.getByRole('region', { name: 'Réponses une à une' }).getByRole('button', { name: 'Supprimer la réponse du 15 juin 2026' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Supprimer la réponse' }).click();
  await expect(page.getByRole('status', { name: 'Résultats' })).toHaveText('0 réponse reçue.');

  // Archived, it leaves the list but is kept.
  await page.getByRole('button', { name: 'Archiver le questionnaire' }).click();
  await nav(page, 'Sondages');
  await expect(page.getByRole('link', { name: 'Bilan du comité des usagers' })).toHaveCount(0);
  await page.getByLabel('Afficher les questionnaires archivés').check();
  await expect(page.getByRole('link', { name: 'Bilan du comité des usagers' })).toBeVisible();
});

test('a mandate’s partner survey is answered in the kiosk and the mandate links to the answer', async ({ page }) => {
  await openAtFixedTime(page);
  await nav(page, 'Paramètres');
  await page.getByRole('button', { name: 'Charger les données de démonstration' }).click();
  await expect(page.getByRole('status').filter({ hasText: /personnes inventées ont été ajoutées/ })).toBeVisible({ timeout: 30_000 });
  // Any mandate of the invented bank will do; the address is what a link on its request opens.
  const mandateId = await page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('relais');
        open.onerror = () => reject(new Error('no database'));
        open.onsuccess = () => {
          const req = open.result.transaction('mandates').objectStore('mandates').getAll();
          req.onsuccess = () => resolve((req.result as { id: string; deleted?: number }[]).find((m) => !m.deleted)?.id ?? '');
        };
      }),
  );
  expect(mandateId).not.toBe('');
  await page.goto(`/#/mandates/${mandateId}`);
  const step = page.getByRole('group', { name: 'Sondage post-participation (usager)' });
  await expect(step.getByRole('status', { name: 'Réponses liées à ce mandat' })).toHaveText('Aucune réponse liée pour l’instant.');
  await step.getByRole('link', { name: 'Faire répondre sur l’ordinateur (kiosque)' }).click();
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  for (const group of await page
    .getByRole('group')
    .filter({ has: page.getByRole('radio') })
    .all())
    await group.getByRole('radio').last().check();
  await page.getByRole('button', { name: 'Envoyer mes réponses' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Merci!' })).toBeVisible();
  await page.getByRole('button', { name: 'Quitter le mode kiosque (réservé à la coordination)' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Quitter le kiosque' }).click();
  // Back on the mandate, which now links to the answer.
  await expect(page).toHaveURL(new RegExp(`#/mandates/${mandateId}$`));
  await expect(step.getByRole('status', { name: 'Réponses liées à ce mandat' })).toHaveText('1 réponse liée, le 15 juin 2026');
  await step.getByRole('link', { name: '1 réponse liée, le 15 juin 2026' }).click();
  await expect(page.getByRole('status', { name: 'Résultats' })).toHaveText('1 réponse reçue.');
});
