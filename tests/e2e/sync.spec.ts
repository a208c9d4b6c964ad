import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { startWebdavServer, type TestWebdavServer } from '../support/webdav-server';
import { startRclone } from '../support/rclone-webdav';
import { makeTestCertificates } from '../support/test-certificates';
import { expect, openRelais, test } from './fixtures';

import { E2E_SYNC_PORT } from '../../playwright.config';

// The browser host keeps one sync configuration for every page: these tests take turns,
// on a host of their own so no other test's pages export into this outbox.
test.describe.configure({ mode: 'serial' });
test.use({ baseURL: `http://127.0.0.1:${E2E_SYNC_PORT}` });

interface Identity {
  dir: string;
  file: string;
  recipient: string;
}

/** A central office identity made by the real age-keygen, as central IT would. */
const centralIdentity = async (): Promise<Identity> => {
  const dir = await mkdtemp(join(tmpdir(), 'relais-central-'));
  const file = join(dir, 'central-identity.txt');
  execFileSync('age-keygen', ['-o', file], { stdio: 'pipe' });
  const recipient = /# public key: (age1[0-9a-z]+)/.exec(await readFile(file, 'utf8'))?.[1];
  if (!recipient) throw new Error('age-keygen wrote no public key');
  return { dir, file, recipient };
};

/** What the coordinator reads over the phone: SHA-256 of the key text, first 10 bytes, 4-hex groups. */
const fingerprintOf = (recipient: string): string =>
  createHash('sha256')
    .update(recipient)
    .digest('hex')
    .slice(0, 20)
    .toUpperCase()
    .replace(/(.{4})(?!$)/g, '$1-');

interface BundleDoc {
  header: { bundleId: string; full: boolean; counts: Record<string, { records: number; tombstones: number }> };
  records: Record<string, Record<string, unknown>[] | undefined>;
}

/** Every complete bundle in the folder, reassembled from parts when needed, decrypted with the age CLI. */
const deliveredBundles = async (folder: string, identity: string): Promise<BundleDoc[]> => {
  const names = await readdir(folder);
  const files: Buffer[] = [];
  for (const name of names) {
    if (name.endsWith('.age')) files.push(await readFile(join(folder, name)));
    if (name.endsWith('.age.parts.json')) {
      const manifest = JSON.parse(await readFile(join(folder, name), 'utf8')) as { parts: { name: string }[] };
      files.push(Buffer.concat(await Promise.all(manifest.parts.map((p) => readFile(join(folder, p.name))))));
    }
  }
  // The sync host is shared by these tests in turn: a bundle an earlier test sealed for its
  // own central key may still be waiting and land here. It is not for this identity: skip it.
  const docs = files.flatMap((bytes) => {
    let gz: Buffer;
    try {
      gz = execFileSync('age', ['-d', '-i', identity], { input: bytes, stdio: ['pipe', 'pipe', 'ignore'] });
    } catch {
      return [];
    }
    return [JSON.parse(gunzipSync(gz).toString('utf8')) as BundleDoc];
  });
  // Bundle ids are ULIDs: they sort by creation time.
  return docs.sort((a, b) => a.header.bundleId.localeCompare(b.header.bundleId));
};

const partnerIn = (docs: BundleDoc[], id: string) =>
  docs.flatMap((d) => (d.records.partners ?? []).filter((r) => r.id === id).map((r) => ({ bundle: d.header.bundleId, record: r })));

const openSync = async (page: Page) => {
  await page.getByRole('navigation').getByRole('link', { name: 'Envoi' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Envoi au bureau central' })).toBeVisible();
};

const saveCentralKey = async (page: Page, text: string) => {
  const section = page.getByRole('region', { name: 'Clé du bureau central' });
  await section.getByLabel('Clé publique du bureau central').fill(text);
  await section.getByRole('button', { name: 'Enregistrer la clé' }).click();
};

const setFolderTarget = async (page: Page, folder: string) => {
  const section = page.getByRole('region', { name: 'Destination' });
  await section.getByRole('radio', { name: /Un dossier/ }).check();
  await section.getByLabel('Chemin du dossier').fill(folder);
  await section.getByRole('button', { name: 'Enregistrer la destination' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Destination enregistrée.' })).toBeVisible();
  await section.getByRole('button', { name: 'Tester la connexion' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Connexion réussie' })).toBeVisible();
};

test('changes reach the central office encrypted in a folder, and a deletion follows as a tombstone', async ({ page }) => {
  const central = await centralIdentity();
  const folder = await mkdtemp(join(tmpdir(), 'relais-usb-'));
  try {
    await openRelais(page);
    await openSync(page);
    await setFolderTarget(page, folder);
    await saveCentralKey(page, central.recipient);
    await expect(page.getByRole('status').filter({ hasText: 'Clé enregistrée.' })).toBeVisible();
    const keySection = page.getByRole('region', { name: 'Clé du bureau central' });
    await expect(keySection.getByText(fingerprintOf(central.recipient), { exact: true })).toBeVisible();
    await expect(keySection.getByText(central.recipient, { exact: true })).toBeVisible();

    // A partner added in the bank.
    await page.getByRole('navigation').getByRole('link', { name: 'Banque' }).click();
    await page.getByRole('button', { name: 'Ajouter une personne' }).click();
    await page.getByLabel('Prénom').fill('Rosalie');
    await page.getByLabel('Nom de famille').fill('Mianscum');
    await page.getByRole('button', { name: 'Enregistrer le profil' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Rosalie Mianscum' })).toBeVisible();
    const partnerId = /#\/bank\/([^/]+)$/.exec(page.url())?.[1];
    expect(partnerId).toBeTruthy();

    await openSync(page);
    const status = page.getByRole('region', { name: 'État de l’envoi' });
    await expect(status).toContainText('Jamais');
    await page.getByRole('button', { name: 'Envoyer maintenant' }).click();
    await expect(page.getByRole('status').filter({ hasText: /prêtes? à envoyer/ })).toBeVisible();
    // Delivered: the screen says so by itself (it polls the main process).
    await expect(status).toContainText('À jour');
    await expect(status).not.toContainText('Jamais');

    const first = await deliveredBundles(folder, central.file);
    const sent = partnerIn(first, partnerId ?? '');
    expect(sent).toHaveLength(1);
    expect(sent[0]?.record).toMatchObject({ id: partnerId, firstName: 'Rosalie', lastName: 'Mianscum' });
    expect(sent[0]?.record.deleted).toBeUndefined();

    // Deleted in the bank: the next bundle tells the central office, without her name.
    await page.getByRole('navigation').getByRole('link', { name: 'Banque' }).click();
    await page.getByRole('link', { name: 'Rosalie Mianscum' }).click();
    await page.getByRole('button', { name: 'Supprimer', exact: true }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Supprimer définitivement' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Personne supprimée.' })).toBeVisible();

    await openSync(page);
    await page.getByRole('button', { name: 'Envoyer maintenant' }).click();
    await expect.poll(async () => partnerIn(await deliveredBundles(folder, central.file), partnerId ?? '').length, { timeout: 15_000 }).toBe(2);
    const both = partnerIn(await deliveredBundles(folder, central.file), partnerId ?? '');
    const tombstone = both[1]?.record;
    expect(both[1]?.bundle).not.toBe(both[0]?.bundle);
    expect(tombstone).toMatchObject({ id: partnerId, deleted: 1 });
    expect(tombstone).not.toHaveProperty('firstName');
    expect(tombstone).not.toHaveProperty('lastName');
    expect(JSON.stringify(tombstone)).not.toContain('Rosalie');
    await expect(status).toContainText('À jour');

    // A full bundle on demand carries everything, the deletion included.
    await page.getByRole('button', { name: 'Créer un envoi complet' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Envoi complet créé' })).toBeVisible();
    await expect.poll(async () => (await deliveredBundles(folder, central.file)).filter((d) => d.header.full).length, { timeout: 15_000 }).toBe(1);
    const full = (await deliveredBundles(folder, central.file)).find((d) => d.header.full);
    expect(full?.records.partners?.find((r) => r.id === partnerId)).toMatchObject({ deleted: 1 });
  } finally {
    await rm(folder, { recursive: true, force: true });
    await rm(central.dir, { recursive: true, force: true });
  }
});

test('a pasted text that is not a public key is refused in plain words and the saved key stays', async ({ page }) => {
  const central = await centralIdentity();
  try {
    await openRelais(page);
    await openSync(page);
    const keySection = page.getByRole('region', { name: 'Clé du bureau central' });
    await saveCentralKey(page, central.recipient);
    const fingerprint = fingerprintOf(central.recipient);
    await expect(keySection.getByText(fingerprint, { exact: true })).toBeVisible();

    await saveCentralKey(page, 'bonjour, voici la clé : 1234');
    await expect(keySection.getByRole('alert')).toHaveText('Ce texte ne contient pas une clé publique valide du bureau central (elle commence par age1…).');

    // A key file holding the private identity is refused too: it must never sit on the laptop.
    const withSecret = join(central.dir, 'mauvais-fichier.txt');
    await writeFile(withSecret, await readFile(central.file));
    await keySection.getByLabel('Ouvrir un fichier de clé').setInputFiles(withSecret);
    await expect(keySection.getByRole('alert')).toContainText('C’est une clé privée');

    // After a reload, what the main process kept is still the first key.
    await page.reload();
    await expect(page.getByRole('region', { name: 'Clé du bureau central' }).getByText(fingerprint, { exact: true })).toBeVisible();

    await page.getByLabel('Langue').selectOption('en');
    const en = page.getByRole('region', { name: 'Central office key' });
    await en.getByLabel('Central office public key').fill('not a key');
    await en.getByRole('button', { name: 'Save the key' }).click();
    await expect(en.getByRole('alert')).toHaveText('This text does not hold a valid central office public key (it starts with age1…).');
    await expect(en.getByText(fingerprint, { exact: true })).toBeVisible();
  } finally {
    await rm(central.dir, { recursive: true, force: true });
  }
});

test('with the USB key away, the status says so in plain words; once it is back the waiting bundle goes by itself', async ({ page }) => {
  const central = await centralIdentity();
  const parent = await mkdtemp(join(tmpdir(), 'relais-usb-'));
  const away = join(parent, 'cle-absente');
  try {
    await openRelais(page);
    await openSync(page);
    await saveCentralKey(page, central.recipient);
    const destination = page.getByRole('region', { name: 'Destination' });
    await destination.getByRole('radio', { name: /Un dossier/ }).check();
    await destination.getByLabel('Chemin du dossier').fill(away);
    await destination.getByRole('button', { name: 'Enregistrer la destination' }).click();
    await destination.getByRole('button', { name: 'Tester la connexion' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Le test de connexion a échoué. Le dossier est introuvable' })).toBeVisible();

    await page.getByRole('navigation').getByRole('link', { name: 'Banque' }).click();
    await page.getByRole('button', { name: 'Ajouter une personne' }).click();
    await page.getByLabel('Prénom').fill('Jonas');
    await page.getByLabel('Nom de famille').fill('Awashish');
    await page.getByRole('button', { name: 'Enregistrer le profil' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Jonas Awashish' })).toBeVisible();
    const partnerId = /#\/bank\/([^/]+)$/.exec(page.url())?.[1] ?? '';

    await openSync(page);
    await page.getByRole('button', { name: 'Envoyer maintenant' }).click();
    const status = page.getByRole('region', { name: 'État de l’envoi' });
    await expect(status).toContainText('Aucune connexion, nouvel essai plus tard');
    await expect(status).toContainText('Dernier problème : Le dossier est introuvable, plein ou protégé en écriture.');
    await expect(status.getByRole('definition').filter({ hasText: /^1$/ })).toBeVisible();

    // The key is plugged in (the folder now exists): no new export needed, the outbox drains.
    await destination.getByLabel('Chemin du dossier').fill(parent);
    await destination.getByRole('button', { name: 'Enregistrer la destination' }).click();
    await expect(status).toContainText('À jour');
    await expect(status).not.toContainText('Dernier problème');
    const delivered = partnerIn(await deliveredBundles(parent, central.file), partnerId);
    expect(delivered.map((d) => d.record)).toMatchObject([{ id: partnerId, firstName: 'Jonas', lastName: 'Awashish' }]);
  } finally {
    await rm(parent, { recursive: true, force: true });
    await rm(central.dir, { recursive: true, force: true });
  }
});

/** Copies what the server holds into a folder, as central IT would download it. */
const downloadAll = async (server: TestWebdavServer, dir: string) => {
  for (const [name, bytes] of await server.files()) await writeFile(join(dir, name), bytes);
};

test('over WebDAV: a wrong password is said in plain words, and with the right one the bundle is delivered', async ({ page }) => {
  const central = await centralIdentity();
  const server = await startWebdavServer('coordo', 'bon-mot-de-passe');
  const received = await mkdtemp(join(tmpdir(), 'relais-central-'));
  try {
    await openRelais(page);
    await page.getByRole('navigation').getByRole('link', { name: 'Banque' }).click();
    await page.getByRole('button', { name: 'Ajouter une personne' }).click();
    await page.getByLabel('Prénom').fill('Noémie');
    await page.getByLabel('Nom de famille').fill('Kitchen');
    await page.getByRole('button', { name: 'Enregistrer le profil' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Noémie Kitchen' })).toBeVisible();
    const partnerId = /#\/bank\/([^/]+)$/.exec(page.url())?.[1] ?? '';
    expect(partnerId).not.toBe('');

    await openSync(page);
    await saveCentralKey(page, central.recipient);
    const section = page.getByRole('region', { name: 'Destination' });
    await section.getByRole('radio', { name: /Un serveur WebDAV/ }).check();
    await section.getByLabel('Adresse du serveur').fill(server.url);
    await section.getByLabel('Nom d’utilisateur').fill('coordo');
    await section.getByLabel('Mot de passe').fill('mauvais-mot-de-passe');
    await section.getByRole('button', { name: 'Enregistrer la destination' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Destination enregistrée.' })).toBeVisible();
    await section.getByRole('button', { name: 'Tester la connexion' }).click();
    await expect(page.getByText(/Le serveur refuse le nom d’utilisateur ou le mot de passe/).first()).toBeVisible();

    await section.getByLabel('Mot de passe').fill('bon-mot-de-passe');
    await section.getByRole('button', { name: 'Enregistrer la destination' }).click();
    await section.getByRole('button', { name: 'Tester la connexion' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Connexion réussie' })).toBeVisible();

    await page.getByRole('button', { name: 'Envoyer maintenant' }).click();
    await expect(page.getByRole('status').filter({ hasText: /prêtes? à envoyer/ })).toBeVisible();
    // Central IT downloads what reached the server, until her record is there.
    await expect
      .poll(async () => {
        await downloadAll(server, received);
        return partnerIn(await deliveredBundles(received, central.file), partnerId).length;
      })
      .toBe(1);
    await expect(page.getByRole('region', { name: 'État de l’envoi' })).toContainText('À jour');
    const sent = partnerIn(await deliveredBundles(received, central.file), partnerId);
    expect(sent[0]?.record).toMatchObject({ id: partnerId, firstName: 'Noémie', lastName: 'Kitchen' });
  } finally {
    await server.stop();
    await rm(received, { recursive: true, force: true });
    await rm(central.dir, { recursive: true, force: true });
  }
});

test('a full bundle carries committees, sessions and survey answers, and the age CLI opens it', async ({ page }) => {
  const central = await centralIdentity();
  const folder = await mkdtemp(join(tmpdir(), 'relais-usb-'));
  try {
    await openRelais(page);
    await openSync(page);
    await setFolderTarget(page, folder);
    await saveCentralKey(page, central.recipient);
    await expect(page.getByRole('status').filter({ hasText: 'Clé enregistrée.' })).toBeVisible();

    await page.getByRole('navigation').getByRole('link', { name: 'Comités' }).click();
    await page.getByRole('button', { name: 'Nouveau comité' }).click();
    await page.getByLabel('Nom du comité').fill('Comité de vigilance et de la qualité');
    await page.getByLabel('Sièges réservés aux usagers partenaires').fill('2');
    await page.getByRole('button', { name: 'Enregistrer le comité' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Comité de vigilance et de la qualité' })).toBeVisible();

    await page.getByRole('navigation').getByRole('link', { name: 'Formations' }).click();
    await page.getByRole('button', { name: 'Nouvelle séance' }).click();
    await page.getByLabel('Titre').fill('Formation de base des usagers partenaires');
    await page.getByLabel('Type de séance').selectOption('partners');
    await page.getByRole('button', { name: 'Enregistrer la séance' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Formation de base des usagers partenaires' })).toBeVisible();

    await page.getByRole('link', { name: 'Saisir une appréciation de la formation' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Saisir des réponses : Appréciation de la formation' })).toBeVisible();
    await expect(page.getByText('Au sujet de la séance « Formation de base des usagers partenaires »')).toBeVisible();
    for (const group of await page
      .getByRole('group')
      .filter({ has: page.getByRole('radio') })
      .all())
      await group.getByRole('radio').first().check();
    await page.getByRole('button', { name: 'Enregistrer les réponses' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Réponses enregistrées.' })).toBeVisible();
    await page.getByRole('navigation').getByRole('link', { name: 'Formations' }).click();
    await page.getByRole('link', { name: 'Formation de base des usagers partenaires' }).click();
    await expect(page.getByRole('status', { name: 'Appréciations reçues' })).toHaveText('1 appréciation reçue pour cette séance');

    await openSync(page);
    await page.getByRole('button', { name: 'Créer un envoi complet' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Envoi complet créé' })).toBeVisible();
    await expect.poll(async () => (await deliveredBundles(folder, central.file)).filter((d) => d.header.full).length, { timeout: 15_000 }).toBe(1);
    const full = (await deliveredBundles(folder, central.file)).find((d) => d.header.full);
    expect(full?.records.committees?.map((r) => r.name)).toEqual(['Comité de vigilance et de la qualité']);
    expect(full?.records.sessions?.map((r) => r.title)).toEqual(['Formation de base des usagers partenaires']);
    // The four built-in instruments were written once, with fixed ids, and the answer points to one.
    expect(full?.records.instruments?.map((r) => r.id).sort()).toEqual([
      'builtin-involvement',
      'builtin-post-partner',
      'builtin-post-team',
      'builtin-training',
    ]);
    const response = full?.records.surveyResponses?.[0];
    expect(response).toMatchObject({ instrumentId: 'builtin-training', sessionId: full?.records.sessions?.[0]?.id, mode: 'phone' });
    expect(full?.header.counts.surveyResponses).toEqual({ records: 1, tombstones: 0 });
  } finally {
    await rm(folder, { recursive: true, force: true });
    await rm(central.dir, { recursive: true, force: true });
  }
});

test('over WebDAV with an internal CA and a folder « Envois reçus »: not trusted, then trusted and delivered; a refused password stops sending', async ({
  page,
}) => {
  const central = await centralIdentity();
  const work = await mkdtemp(join(tmpdir(), 'relais-rclone-'));
  const served = join(work, 'served');
  await mkdir(join(served, 'Envois reçus'), { recursive: true });
  const certs = makeTestCertificates(work);
  const server = await startRclone({ dir: served, user: 'coordo', pass: 'bon-mot-de-passe', cert: certs.serverCert, key: certs.serverKey });
  const fingerprint = certs.fingerprint(certs.serverCert);
  try {
    await openRelais(page);
    await openSync(page);
    await saveCentralKey(page, central.recipient);
    const section = page.getByRole('region', { name: 'Destination' });
    const status = page.getByRole('region', { name: 'État de l’envoi' });
    await section.getByRole('radio', { name: /Un serveur WebDAV/ }).check();
    await section.getByLabel('Adresse du serveur').fill(`${server.url}Envois reçus/`);
    await section.getByLabel('Nom d’utilisateur').fill('coordo');
    await section.getByLabel('Mot de passe').fill('bon-mot-de-passe');
    await section.getByRole('button', { name: 'Enregistrer la destination' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Destination enregistrée.' })).toBeVisible();
    await section.getByRole('button', { name: 'Tester la connexion' }).click();
    // Not "no connection" and not "wrong password": the certificate, and whose it is.
    const untrusted = page.getByRole('alert').filter({ hasText: 'Le certificat du serveur n’est pas reconnu' });
    await expect(untrusted).toBeVisible();
    await expect(untrusted).toContainText(fingerprint);
    await expect(status).toContainText('Le certificat du serveur n’est pas reconnu');
    await expect(status.getByText(fingerprint, { exact: true })).toBeVisible();
    await expect(status).toContainText('CN=nuage.test');
    await expect(status).toContainText('CN=CA interne de test Relais');

    // Browser mode: the network's CA file is trusted; the error gives way to the success.
    await section.getByLabel('Fichier de l’autorité de certification (mode navigateur)').fill(certs.caCert);
    await section.getByRole('button', { name: 'Tester la connexion' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Connexion réussie' })).toBeVisible();
    await expect(untrusted).toHaveCount(0);
    // Tested as typed, not yet saved; once saved, the status's problem is gone too.
    await section.getByRole('button', { name: 'Enregistrer la destination' }).click();
    await expect(status).not.toContainText('Dernier problème');

    await page.getByRole('navigation').getByRole('link', { name: 'Banque' }).click();
    await page.getByRole('button', { name: 'Ajouter une personne' }).click();
    await page.getByLabel('Prénom').fill('Éloïse');
    await page.getByLabel('Nom de famille').fill('Bosum');
    await page.getByRole('button', { name: 'Enregistrer le profil' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Éloïse Bosum' })).toBeVisible();
    const partnerId = /#\/bank\/([^/]+)$/.exec(page.url())?.[1] ?? '';
    await openSync(page);
    await page.getByRole('button', { name: 'Envoyer maintenant' }).click();
    await expect.poll(async () => partnerIn(await deliveredBundles(join(served, 'Envois reçus'), central.file), partnerId).length, { timeout: 15_000 }).toBe(1);
    await expect(status).toContainText('À jour');
    expect((await readdir(join(served, 'Envois reçus'))).some((n) => n.endsWith('.uploading'))).toBe(false);

    // In English: a refused password stops sending and says what to do.
    await page.getByLabel('Langue').selectOption('en');
    const en = page.getByRole('region', { name: 'Destination' });
    await en.getByLabel('Password').fill('mauvais');
    await en.getByRole('button', { name: 'Save the destination' }).click();
    await en.getByRole('button', { name: 'Test the connection' }).click();
    const enStatus = page.getByRole('region', { name: 'Sending status' });
    await expect(enStatus).toContainText('Action needed: sending is stopped');
    await expect(enStatus).toContainText('Relais stopped trying so the account is not locked');
    await expect(enStatus).toContainText('app password');
  } finally {
    await server.stop();
    await rm(work, { recursive: true, force: true });
    await rm(central.dir, { recursive: true, force: true });
  }
});

test('testing a destination that does not exist says so and leaves the saved one in place', async ({ page }) => {
  const good = await mkdtemp(join(tmpdir(), 'relais-saved-'));
  const missing = join(good, 'dossier-inexistant');
  try {
    await openRelais(page);
    await openSync(page);
    const destination = page.getByRole('region', { name: 'Destination' });
    await destination.getByRole('radio', { name: /Un dossier/ }).check();
    await destination.getByLabel('Chemin du dossier').fill(good);
    await destination.getByRole('button', { name: 'Enregistrer la destination' }).click();
    await expect(destination.getByText(`Destination enregistrée : ${good}`, { exact: true })).toBeVisible();

    // A typo, then "Test": the test fails, and nothing was saved.
    await destination.getByLabel('Chemin du dossier').fill(missing);
    await destination.getByRole('button', { name: 'Tester la connexion' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Le test de connexion a échoué. Le dossier est introuvable' })).toBeVisible();
    await expect(destination.getByText(`Destination enregistrée : ${good}`, { exact: true })).toBeVisible();
    await page.reload();
    await openSync(page);
    await expect(page.getByRole('region', { name: 'Destination' }).getByText(`Destination enregistrée : ${good}`, { exact: true })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Destination' }).getByLabel('Chemin du dossier')).toHaveValue(good);
  } finally {
    await rm(good, { recursive: true, force: true });
  }
});
