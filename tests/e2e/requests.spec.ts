import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect, openRelais, test } from './fixtures';
import type { Page } from '@playwright/test';

/** French elision before a name, as the screens write it: « d’Aurore », « de Dominique ». */
const deName = (name: string) => (/^[aeiouyhàâéèêîôû]/i.test(name) ? `d’${name}` : `de ${name}`);

/** Invented people: none of them exists. */
interface Person {
  first: string;
  last: string;
  contactConsent?: boolean;
  staffNote?: string;
}

const AURORE: Person = { first: 'Aurore', last: 'Vézina' };
const DOMINIQUE: Person = { first: 'Dominique', last: 'Laflèche' };
const BASTIEN: Person = { first: 'Bastien', last: 'Côté-Morin' };
const CLAIRE: Person = { first: 'Claire', last: 'Nadon', staffNote: 'Infirmière à la Direction des soins infirmiers' };
const EMILE: Person = { first: 'Émile', last: 'Rousseau', contactConsent: false };
const full = (p: Person) => `${p.first} ${p.last}`;

const PROJECT = 'Comité d’amélioration du parcours diabète';
const REFERENCE = 'Josée Perrault-Dion';

/** Creates a trained bank member through the bank form, as a coordinator would. */
const addPartner = async (page: Page, p: Person) => {
  await page.goto('/#/bank/new');
  await expect(page.getByRole('heading', { level: 1, name: 'Nouvelle personne' })).toBeVisible();
  await page.getByLabel('Prénom').fill(p.first);
  await page.getByLabel('Nom de famille').fill(p.last);
  await page.getByRole('textbox', { name: 'Téléphone' }).fill('819 555-0100');
  await page.getByRole('group', { name: 'Façons de participer' }).getByLabel('Visioconférence').check();
  await page.getByRole('group', { name: 'Secteurs d’expérience' }).getByLabel('Services de première ligne', { exact: true }).check();
  await page.getByLabel('Trajectoires de soins').fill('diabète');
  await page.getByLabel("Usager partenaire de l'organisation (UPO)").check();
  await page.getByRole('group', { name: 'Niveaux d’implication' }).getByLabel('Tactique / organisationnel').check();
  await page.getByLabel('Formation', { exact: true }).fill('Formation de base');
  await page.getByRole('button', { name: 'Ajouter la formation' }).click();
  await page.getByLabel('Être conservée dans la banque : réponse').selectOption('given');
  await page.getByLabel('Être conservée dans la banque : comment').selectOption({ label: 'Par écrit' });
  if (p.contactConsent !== false) {
    await page.getByLabel('Être contactée : réponse').selectOption('given');
    await page.getByLabel('Être contactée : comment').selectOption({ label: 'Verbalement' });
  }
  if (p.staffNote) {
    await page.getByLabel('Membre du personnel', { exact: true }).check();
    await page.getByLabel('Précisions').fill(p.staffNote);
  }
  await page.getByLabel('Étape actuelle').selectOption('in_bank');
  await page.getByRole('button', { name: 'Enregistrer le profil' }).click();
  await expect(page.getByRole('heading', { level: 1, name: full(p) })).toBeVisible();
};

const createRequest = async (page: Page, title: string, opts: { seats: number; start?: string; end?: string }) => {
  await page.getByRole('navigation').getByRole('link', { name: 'Demandes' }).click();
  await page.getByRole('button', { name: 'Nouvelle demande' }).click();
  await page.getByLabel('Titre du projet ou du comité').fill(title);
  await page.getByLabel('Direction demandeuse').fill('Direction des soins infirmiers');
  await page.getByLabel('Équipe', { exact: true }).fill('Médecine de jour');
  await page.getByLabel('Nombre d’usagers partenaires souhaités').fill(String(opts.seats));
  await page.getByLabel('Niveau d’implication').selectOption('tactical');
  await page.getByLabel('Contexte').selectOption('organisation');
  await page.getByLabel('Nom de la personne de référence').fill(REFERENCE);
  await page.getByLabel('Fonction de la personne de référence').fill('Cheffe de service');
  await page.getByRole('group', { name: 'Secteurs recherchés' }).getByLabel('Services de première ligne', { exact: true }).check();
  await page.getByLabel('Trajectoires de soins recherchées').fill('Diabète');
  await page.getByRole('group', { name: 'Format des rencontres' }).getByLabel('Visioconférence').check();
  if (opts.start) await page.getByLabel('Date de début').fill(opts.start);
  if (opts.end) await page.getByLabel('Date de fin').fill(opts.end);
  await page.getByLabel('Fréquence des rencontres').fill('une rencontre par mois');
  await page.getByLabel('Heures prévues au total').fill('12');
  await page.getByRole('button', { name: 'Enregistrer la demande' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
};

const accept = async (page: Page, p: Person) => {
  await page.getByRole('combobox', { name: `Réponse ${deName(full(p))}` }).selectOption('accepted');
  await page.getByRole('button', { name: `Enregistrer la réponse ${deName(full(p))}` }).click();
  await expect(page.getByRole('button', { name: `Ouvrir le mandat ${deName(full(p))}` })).toBeVisible();
};

test('a request goes from the team to closed: matching, two mandates, the mandate sheet and the accompaniment', async ({ page }, info) => {
  test.setTimeout(180_000);
  await openRelais(page);

  // One active mandate is enough to count as over-solicited in this office.
  await page.getByRole('navigation').getByRole('link', { name: 'Paramètres' }).click();
  await page.getByLabel('Sursollicitation : nombre de mandats actifs').fill('1');
  await page.getByRole('button', { name: 'Enregistrer les paramètres' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Paramètres enregistrés.' })).toBeVisible();

  for (const p of [AURORE, DOMINIQUE, BASTIEN, CLAIRE, EMILE]) await addPartner(page, p);

  // Bastien already serves on another committee.
  await createRequest(page, 'Comité de vigilance', { seats: 1 });
  await page.getByRole('button', { name: `Présélectionner ${full(BASTIEN)}` }).click();
  await accept(page, BASTIEN);

  // The request of this test.
  await createRequest(page, PROJECT, { seats: 2, start: '2027-03-15', end: '2027-09-15' });
  const status = page.getByRole('region', { name: 'Statut et préparation' });
  await status.getByLabel('L’équipe a tenu sa rencontre préparatoire').check();
  await status.getByLabel('Le rôle de l’usager partenaire est défini').check();
  await expect(status.getByLabel('Une personne de référence est nommée')).toBeChecked();
  await expect(status.getByText('La demande est prête : vous pouvez recruter.')).toBeVisible();
  await status.getByLabel('Nouveau statut').selectOption('recruiting');
  await status.getByRole('button', { name: 'Changer le statut' }).click();
  await expect(status.getByText('Statut actuel :').getByText('Recrutement')).toBeVisible();

  // Ranked list: the two free, fitting people first, each explained; the over-solicited
  // person and the one with a conflict of interest further down, with the penalty named.
  const matching = page.getByRole('region', { name: 'Personnes proposées' });
  const rows = matching.getByRole('row');
  await expect(rows).toHaveCount(5); // header + 4: Émile gave no consent to be contacted
  await expect(matching.getByText(full(EMILE))).toHaveCount(0);
  await matching.getByText('1 personne de la banque n’est pas proposée : pourquoi?').click();
  await expect(matching.getByText('Pas de consentement à être contactée : 1')).toBeVisible();
  const first = matching.getByRole('row', { name: /^Rang 1\s:\s/ });
  const second = matching.getByRole('row', { name: /^Rang 2\s:\s/ });
  for (const row of [first, second]) {
    await expect(row).toContainText('Trajectoire de soins correspondante : diabète (+30)');
    await expect(row).toContainText('Secteur correspondant : Services de première ligne (+20)');
    await expect(row).toContainText('Accepte ce niveau : Tactique / organisationnel (+10)');
    await expect(row).toContainText('Aucune');
  }
  const topTwo = [await first.getByRole('link').textContent(), await second.getByRole('link').textContent()].sort();
  expect(topTwo).toEqual([full(AURORE), full(DOMINIQUE)].sort());
  const bastienRow = matching.getByRole('row', { name: new RegExp(`: ${full(BASTIEN)}$`) });
  await expect(bastienRow).toContainText('Sursollicitée');
  const claireRow = matching.getByRole('row', { name: new RegExp(`: ${full(CLAIRE)}$`) });
  await expect(claireRow).toContainText('Double rôle ou conflit d’intérêts : Membre du personnel, dans l’équipe demandeuse (−50)');
  await expect(matching.getByRole('row', { name: /^Rang [34]\s:\s/ })).toHaveCount(2);
  await expect(matching.getByRole('row', { name: new RegExp(`^Rang [34]\\s:\\s(${full(BASTIEN)}|${full(CLAIRE)})$`) })).toHaveCount(2);

  // Shortlist the two, skip the others; both accept: two mandates, seats filled.
  await matching.getByRole('button', { name: `Présélectionner ${full(AURORE)}` }).click();
  await matching.getByRole('button', { name: `Présélectionner ${full(DOMINIQUE)}` }).click();
  await accept(page, AURORE);
  await accept(page, DOMINIQUE);
  const shortlist = page.getByRole('region', { name: 'Présélection et réponses' });
  await expect(shortlist.getByLabel('Places comblées')).toHaveText('2 / 2');
  await expect(status.getByText('Statut actuel :').getByText('Comblée')).toBeVisible();
  const mandates = page.getByRole('region', { name: 'Mandats' });
  await expect(mandates.getByRole('row')).toHaveCount(3);

  // The mandate sheet of Aurore.
  await mandates.getByRole('link', { name: `Mandat ${deName(full(AURORE))}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Mandat ${deName(full(AURORE))}` })).toBeVisible();
  await page.getByLabel('Responsabilités').fill('Partager son expérience du diabète et commenter les outils du comité.');
  // Planned dates were proposed from the mandate's dates.
  await expect(page.getByLabel("Rencontre d'accueil avec l'usager : date prévue")).toHaveValue('2027-03-08');
  await expect(page.getByLabel("Suivi mi-projet avec l'usager : date prévue")).toHaveValue('2027-06-15');
  await page.getByRole('button', { name: 'Enregistrer le mandat' }).first().click();
  await expect(page.getByRole('status').filter({ hasText: 'Mandat enregistré.' })).toBeVisible();

  const opener = page.getByRole('button', { name: 'Fiche de mandat (PDF)' });
  await opener.click();
  // The preview is a modal dialog: focus moves in, pages are drawn (pdf.js), Escape closes it.
  const preview = page.getByRole('dialog', { name: `Fiche de mandat — ${full(AURORE)}` });
  await expect(preview).toBeVisible();
  await expect(preview.getByRole('img', { name: /^Page 1 de \d$/ })).toBeVisible();
  const downloadPromise = page.waitForEvent('download');
  await preview.getByRole('button', { name: 'Enregistrer le PDF' }).click();
  const download = await downloadPromise;
  const dir = info.outputPath('pdf');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'fiche-de-mandat.pdf');
  await download.saveAs(file);

  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain(full(AURORE));
  expect(text).toContain(PROJECT);
  expect(text).toContain(REFERENCE);
  expect(text).toContain('15 mars 2027');
  expect(text).toContain('15 septembre 2027');
  // Free text keeps its case mid-sentence, and the schedule is written once, under "Horaire".
  expect(text).toContain('environ 12 h au total');
  expect(text).not.toContain('Environ 12 h');
  expect(text.split('une rencontre par mois').length - 1).toBe(1);
  const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n');
  const dashes = fonts[1] ?? '';
  // Columns are fixed-width; the 4th is "emb".
  const cols = [...dashes.matchAll(/-+/g)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length] as const);
  const emb = cols[3];
  expect(emb, 'pdffonts header').toBeDefined();
  const fontRows = fonts.slice(2).filter((l) => l.trim());
  expect(fontRows.length).toBeGreaterThan(0);
  for (const row of fontRows) expect(row.slice(emb?.[0], emb?.[1]).trim(), row).toBe('yes');
  await page.keyboard.press('Escape');
  await expect(preview).toBeHidden();
  await expect(opener).toBeFocused();

  // The whole accompaniment cycle, each step marked done.
  const steps = page.getByRole('region', { name: 'Accompagnement' });
  for (let i = 0; i < 9; i++) {
    await steps
      .getByRole('button', { name: /: faite aujourd’hui$/ })
      .first()
      .click();
  }
  await expect(steps.getByRole('button', { name: /: faite aujourd’hui$/ })).toHaveCount(0);
  await steps.getByLabel('Sondage post-participation (usager) : réponses').fill('Très satisfaite; aurait aimé plus de rencontres.');
  const hours = page.getByRole('region', { name: 'Heures' });
  await hours.getByLabel('Nombre d’heures').fill('2,5');
  await hours.getByRole('button', { name: 'Ajouter les heures' }).click();
  await expect(hours.getByText('Total : 2,5 h')).toBeVisible();
  await expect(page.getByText('Modifications non enregistrées')).toBeVisible();
  await page.getByRole('button', { name: 'Enregistrer le mandat' }).first().click();
  // The badge goes only once the write is stored; an earlier "saved" notice may still show.
  await expect(page.getByText('Modifications non enregistrées')).toHaveCount(0);
  await expect(steps.getByText('9 étapes faites sur 9')).toBeVisible();

  // After a reload, everything is still there (real IndexedDB).
  await page.reload();
  await expect(page.getByRole('region', { name: 'Accompagnement' }).getByText('9 étapes faites sur 9')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Heures' }).getByText('Total : 2,5 h')).toBeVisible();
  await expect(page.getByLabel('Sondage post-participation (usager) : réponses')).toHaveValue('Très satisfaite; aurait aimé plus de rencontres.');

  // Close the request with its outcome, partners told.
  await page.getByRole('link', { name: `Retour à la demande « ${PROJECT} »` }).click();
  const status2 = page.getByRole('region', { name: 'Statut et préparation' });
  await status2.getByLabel('Nouveau statut').selectOption('closed');
  await status2.getByLabel('Retombées du projet').fill('Le nouveau guide d’autosoins est adopté.');
  await status2.getByLabel('Les usagers partenaires ont été informés des retombées').check();
  await status2.getByRole('button', { name: 'Changer le statut' }).click();
  await expect(status2.getByText('Statut actuel :').getByText('Terminée')).toBeVisible();
  await expect(status2.getByText('partenaires informés')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Personnes proposées' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Mandats' }).getByRole('row', { name: new RegExp(full(AURORE)) })).toContainText('Terminé');

  await page.getByRole('link', { name: 'Retour aux demandes' }).click();
  await page.getByLabel('Afficher').selectOption('closed');
  await expect(page.getByRole('row', { name: new RegExp(PROJECT) })).toContainText('2 / 2');
});

test('a request is filled in from the form the team sent back, and what was not understood is shown', async ({ page }) => {
  await openRelais(page);
  await page.getByRole('navigation').getByRole('link', { name: 'Demandes' }).click();
  await page.getByRole('button', { name: 'Nouvelle demande' }).click();
  // The blank form to send to the team is a plain-text download.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Enregistrer le formulaire vierge (français)' }).click();
  const blank = await (await download).path();
  const { readFile } = await import('node:fs/promises');
  const template = await readFile(blank, 'utf8');
  expect(template).toContain('Projet ou comité :');
  const filled = template
    .replace('Projet ou comité : ', "Projet ou comité : Comité d'amélioration de l'accueil à l'urgence")
    .replace('Personne de référence : ', 'Personne de référence : Rosalie Ouellet-Ribeiro')
    .replace("Nombre d'usagers partenaires : ", "Nombre d'usagers partenaires : 2")
    .replace(/Niveau \([^)]*\) : /, 'Niveau (clinique, tactique ou stratégique) : très important');
  await page.getByLabel('Ou collez le formulaire reçu').fill(filled);
  await page.getByRole('button', { name: 'Remplir la demande' }).click();
  await expect(page.getByRole('status').filter({ hasText: '3 champs remplis à partir du formulaire.' })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'Niveau : « très important »' })).toBeVisible();
  await expect(page.getByLabel('Titre du projet ou du comité')).toHaveValue("Comité d'amélioration de l'accueil à l'urgence");
  await expect(page.getByLabel('Nom de la personne de référence')).toHaveValue('Rosalie Ouellet-Ribeiro');
  await expect(page.getByLabel('Nombre d’usagers partenaires souhaités')).toHaveValue('2');
  await page.getByRole('button', { name: 'Enregistrer la demande' }).click();
  await expect(page.getByRole('heading', { level: 1, name: "Comité d'amélioration de l'accueil à l'urgence" })).toBeVisible();
  await expect(page.getByText('Rosalie Ouellet-Ribeiro').first()).toBeVisible();
});

test('a half-typed request survives a reload as a draft', async ({ page }) => {
  await openRelais(page);
  await page.getByRole('navigation').getByRole('link', { name: 'Demandes' }).click();
  await page.getByRole('button', { name: 'Nouvelle demande' }).click();
  await page.getByLabel('Titre du projet ou du comité').fill('Comité des usagers de Radisson');
  await page.getByLabel('Direction demandeuse').fill('Direction de santé publique');
  // Wait until the draft is in IndexedDB (it is written a moment after the last keystroke).
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          new Promise<string>((resolve) => {
            const open = indexedDB.open('relais');
            open.onsuccess = () => {
              const get = open.result.transaction('drafts').objectStore('drafts').get('request:new');
              get.onsuccess = () => resolve((get.result?.value as { directorate?: string } | undefined)?.directorate ?? '');
              get.onerror = () => resolve('');
            };
            open.onerror = () => resolve('');
          }),
      ),
    )
    .toBe('Direction de santé publique');
  await page.reload();
  await expect(page.getByLabel('Titre du projet ou du comité')).toHaveValue('Comité des usagers de Radisson');
  await expect(page.getByLabel('Direction demandeuse')).toHaveValue('Direction de santé publique');
  await expect(page.getByRole('status').filter({ hasText: 'Brouillon non enregistré restauré.' })).toBeVisible();
});
