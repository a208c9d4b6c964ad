import type { Page } from '@playwright/test';
import { expect, openRelais, test } from './fixtures';

/**
 * Issue #15's journey driven with the keyboard only (Tab, Shift+Tab, Enter, Space, Escape,
 * arrows and typing): demo data, the bank, a profile's contact log, a request's matching
 * and shortlist, a mandate and its sheet preview, a language switch. After every key,
 * focus must be on something (not <body>), inside the window and not covered.
 */

const FIXED_NOW = new Date('2026-03-10T14:00:00-05:00');

interface Focused {
  problem?: string;
  tag: string;
  name: string;
}

/** What has focus, and what is wrong with it if anything. */
const focused = (page: Page): Promise<Focused> =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body || el === document.documentElement) return { problem: 'focus is on the page body', tag: 'body', name: '' };
    const label = (el as HTMLInputElement).labels?.[0]?.textContent ?? '';
    const name = (el.getAttribute('aria-label') ?? (label || el.textContent || '')).replace(/\s+/g, ' ').trim();
    const tag = el.tagName.toLowerCase();
    // A link that wraps has one box per line; the centre of its first line is on it.
    const r = el.getClientRects()[0] ?? el.getBoundingClientRect();
    const x = r.left + r.width / 2;
    const y = r.top + r.height / 2;
    if (r.width === 0 || r.height === 0) return { problem: `${tag} "${name}" has no size`, tag, name };
    if (x < 0 || y < 0 || x > window.innerWidth || y > window.innerHeight) return { problem: `${tag} "${name}" is outside the window`, tag, name };
    const hit = document.elementFromPoint(x, y);
    if (!hit || !(hit === el || el.contains(hit))) return { problem: `${tag} "${name}" is covered by ${hit?.outerHTML.slice(0, 80) ?? 'nothing'}`, tag, name };
    return { tag, name };
  });

/** Waits until focus is somewhere sane (the focus manager acts on the next frame) and returns it. */
const saneFocus = async (page: Page, after: string): Promise<Focused> => {
  let last: Focused = { tag: '', name: '' };
  await expect
    .poll(
      async () => {
        last = await focused(page);
        return last.problem ?? 'ok';
      },
      { message: `focus after ${after}`, timeout: 5_000 },
    )
    .toBe('ok');
  return last;
};

const press = async (page: Page, key: string) => {
  await page.keyboard.press(key);
  return saneFocus(page, key);
};

/** Presses Tab (or Shift+Tab) until the focused element matches; every stop is checked. Returns the number of presses. */
const tabTo = async (page: Page, match: (f: Focused) => boolean, { back = false, max = 300 } = {}) => {
  for (let n = 1; n <= max; n++) {
    const f = await press(page, back ? 'Shift+Tab' : 'Tab');
    if (match(f)) return n;
  }
  throw new Error(`no match within ${max} ${back ? 'Shift+Tab' : 'Tab'} presses`);
};

const named = (name: string | RegExp, tag?: string) => (f: Focused) =>
  (!tag || f.tag === tag) && (typeof name === 'string' ? f.name === name : name.test(f.name));

const heading = async (page: Page, name: string | RegExp) => {
  // The heading takes focus once the new screen has rendered (a frame or a record load later).
  await expect.poll(async () => (await saneFocus(page, 'navigation')).tag, { message: "focus on the new screen's heading" }).toBe('h1');
  const f = await saneFocus(page, 'navigation');
  expect(f.name).toMatch(name);
};

/** Goes back up to the main navigation and opens one of its sections. */
const openSection = async (page: Page, name: string) => {
  await tabTo(page, named(name, 'a'), { back: true });
  await press(page, 'Enter');
  await heading(page, name);
};

test('the whole journey works with the keyboard only and focus is never lost nor hidden', async ({ page }) => {
  test.setTimeout(240_000);
  await page.clock.setFixedTime(FIXED_NOW);
  await openRelais(page);
  await expect(page).toHaveTitle('Accueil — Relais');

  // Nothing has focus yet: forward to the navigation.
  await tabTo(page, named('Banque', 'a'));
  await press(page, 'Enter');
  await heading(page, 'Banque');
  await expect(page).toHaveTitle('Banque d’usagers partenaires — Relais');
  // The skip link moves focus to the screen and keeps the screen (it used to open the home screen).
  await tabTo(page, named('Aller au contenu', 'a'), { back: true });
  await press(page, 'Enter');
  await heading(page, 'Banque');
  expect(new URL(page.url()).hash).toBe('#/bank');

  // Demo data, from the settings screen.
  await openSection(page, 'Paramètres');
  await tabTo(page, named('Charger les données de démonstration', 'button'));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: /personnes inventées/ })).toBeVisible({ timeout: 60_000 });
  expect((await saneFocus(page, 'loading the demo data')).name).toBe('Charger les données de démonstration');
  // A second time asks first; Escape cancels and focus goes back to the button.
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alertdialog')).toBeVisible();
  await expect.poll(() => page.evaluate(() => Boolean(document.activeElement?.closest('dialog[open]')))).toBe(true);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('alertdialog')).toBeHidden();
  expect((await saneFocus(page, 'closing the confirmation')).name).toBe('Charger les données de démonstration');

  // The bank: from the search box to the first result, then the profile.
  await openSection(page, 'Banque');
  await tabTo(page, named('Rechercher', 'input'));
  await page.keyboard.type('a');
  // By Tab, the results come right after the search tools; Enter in the search box goes straight there.
  const toResult = await tabTo(page, (f) => f.tag === 'a' && f.name !== '');
  test.info().annotations.push({ type: 'tabs from the bank search to the first result', description: String(toResult) });
  const person = (await focused(page)).name;
  await tabTo(page, named('Rechercher', 'input'), { back: true });
  expect((await press(page, 'Enter')).name).toBe(person);
  await press(page, 'Enter');
  await heading(page, person);
  await expect(page).toHaveTitle(`${person} — Banque — Relais`);

  // A contact in the profile's log.
  await tabTo(page, named('Résumé', 'textarea'));
  await page.keyboard.type('Appel de suivi, tout va bien.');
  await tabTo(page, named('Ajouter au journal', 'button'));
  await press(page, 'Enter');
  await expect(page.getByRole('cell', { name: 'Appel de suivi, tout va bien.' })).toBeVisible();
  await saneFocus(page, 'adding a contact');

  // A request: its matching and shortlist. Alt+3 opens the third section, as its tooltip says.
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Demandes' })).toHaveAttribute('title', 'Demandes (Alt+3)');
  await press(page, 'Alt+3');
  await heading(page, 'Demandes');
  await tabTo(page, (f) => f.tag === 'a' && !['Accueil', 'Banque', 'Demandes', 'Envoi', 'Paramètres'].includes(f.name));
  const title = (await focused(page)).name;
  await press(page, 'Enter');
  await heading(page, title);
  await tabTo(page, named(/^Présélectionner /, 'button'));
  const candidate = (await focused(page)).name.replace(/^Présélectionner /, '');
  await press(page, 'Enter');
  // The button becomes a badge; focus goes onto the badge.
  await expect.poll(async () => (await saneFocus(page, 'Présélectionner')).name).toBe('Présélectionnée');

  const answer = new RegExp(`^Réponse (de |d')${candidate}$`);
  await tabTo(page, named(answer, 'select'));
  // Arrows change a closed <select> in Chromium: down to « A accepté ».
  for (let i = 0; i < 3 && (await page.evaluate(() => (document.activeElement as HTMLSelectElement).value)) !== 'accepted'; i++) await press(page, 'ArrowDown');
  await tabTo(page, named(new RegExp(`^Enregistrer la réponse (de |d')${candidate}$`), 'button'));
  await press(page, 'Enter');
  // The row is rebuilt; focus goes to its next action, opening the new mandate.
  await expect.poll(async () => (await saneFocus(page, 'saving the answer')).name).toMatch(/^Ouvrir le mandat /);

  // The mandate, and its sheet in a preview dialog.
  await press(page, 'Enter');
  await heading(page, /^Mandat /);
  const toSheet = await tabTo(page, named('Fiche de mandat (PDF)', 'button'));
  test.info().annotations.push({ type: 'tabs from the mandate heading to its sheet', description: String(toSheet) });
  await press(page, 'Enter');
  const dialog = page.getByRole('dialog', { name: new RegExp(`^Fiche de mandat — ${candidate}`) });
  await expect(dialog).toBeVisible({ timeout: 30_000 });
  await expect.poll(() => page.evaluate(() => Boolean(document.activeElement?.closest('dialog[open]')))).toBe(true);
  await press(page, 'Escape');
  await expect(dialog).toBeHidden();
  expect((await saneFocus(page, 'closing the preview')).name).toBe('Fiche de mandat (PDF)');

  // Ctrl+S saves the mandate, as the save button's tooltip says; focus stays where it was.
  await expect(page.getByRole('button', { name: 'Enregistrer le mandat' })).toHaveAttribute('title', 'Enregistrer le mandat (Ctrl+S)');
  expect((await press(page, 'Control+s')).name).toBe('Fiche de mandat (PDF)');
  await expect(page.getByRole('status').filter({ hasText: 'Mandat enregistré.' })).toBeVisible();

  // Language switch: focus stays on the language select and the title follows.
  await tabTo(page, named('Langue', 'select'), { back: true });
  await press(page, 'ArrowDown');
  await expect(page.getByRole('heading', { level: 1, name: /^Mandate / })).toBeVisible();
  expect((await saneFocus(page, 'the language switch')).tag).toBe('select');
  await expect(page).toHaveTitle(/ — Requests — Relais$/);
});
