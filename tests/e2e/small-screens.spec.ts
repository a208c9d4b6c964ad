import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { expect, openRelais, test } from './fixtures';

/**
 * 1366×768 at 200% zoom is 683×384 CSS pixels; WCAG 1.4.10 asks for reflow at 320 wide.
 * No screen may scroll sideways at either size. Screenshots land in test-results/small-screens.
 */

const SIZES = [
  { width: 683, height: 384 },
  { width: 320, height: 480 },
] as const;

const SHOTS = 'test-results/small-screens';
/** Serious axe findings, "needs review" ones of these rules included (a plain span with aria-label was one). */
const NEEDS_REVIEW = ['aria-prohibited-attr', 'aria-allowed-attr'];

const sideways = (page: Page) =>
  page.evaluate(() => {
    // The page, and the content area that scrolls on its own above the notices bar.
    const boxes = [document.documentElement, document.querySelector('.content-scroll')].filter((x): x is Element => x !== null);
    const wide = boxes.find((b) => b.scrollWidth > b.clientWidth) ?? document.documentElement;
    const { scrollWidth, clientWidth } = wide;
    // What sticks out, to say which element is at fault when it fails.
    const culprit = [...document.querySelectorAll('body *')].find((el) => el.getBoundingClientRect().right > clientWidth + 0.5);
    return scrollWidth <= clientWidth ? 'none' : `scrollWidth ${scrollWidth} > ${clientWidth}: ${culprit?.outerHTML.slice(0, 120) ?? '?'}`;
  });

/** Screens by a link from another one, as a person gets there. */
const screens: { name: string; open(page: Page): Promise<void> }[] = [
  { name: 'home', open: (page) => page.goto('/#/').then(() => undefined) },
  { name: 'bank', open: (page) => page.goto('/#/bank').then(() => expect(page.getByRole('table').first()).toBeVisible()) },
  {
    name: 'profile',
    open: async (page) => {
      await page.goto('/#/bank');
      await page.getByRole('table').first().getByRole('link').first().click();
    },
  },
  { name: 'requests', open: (page) => page.goto('/#/requests').then(() => expect(page.getByRole('table').first()).toBeVisible()) },
  {
    name: 'request',
    open: async (page) => {
      await page.goto('/#/requests');
      await page.getByRole('table').first().getByRole('link').first().click();
      await expect(page.getByRole('table', { name: /^Personnes proposées/ })).toBeVisible();
    },
  },
  {
    name: 'mandate',
    open: async (page) => {
      // The demo's richest mandate (most steps done), wherever it is reached from.
      const id = await page.evaluate(
        () =>
          new Promise<string>((resolve, reject) => {
            const open = indexedDB.open('relais');
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const all = open.result.transaction('mandates').objectStore('mandates').getAll();
              all.onsuccess = () => {
                const ms = all.result as { id: string; steps: { done?: string }[] }[];
                const done = (m: (typeof ms)[number]) => m.steps.filter((x) => x.done).length;
                resolve(ms.sort((a, b) => done(b) - done(a))[0]?.id ?? '');
              };
            };
          }),
      );
      await page.goto(`/#/mandates/${id}`);
    },
  },
  { name: 'printables', open: (page) => page.goto('/#/printables').then(() => undefined) },
  { name: 'indicators', open: (page) => page.goto('/#/indicators').then(() => undefined) },
  { name: 'sync', open: (page) => page.goto('/#/sync').then(() => undefined) },
  { name: 'settings', open: (page) => page.goto('/#/settings').then(() => undefined) },
];

test('no screen scrolls sideways at 683×384 (1366×768 at 200%) nor at 320 wide', async ({ page }) => {
  test.setTimeout(180_000);
  mkdirSync(SHOTS, { recursive: true });
  await page.clock.setFixedTime(new Date('2026-03-10T14:00:00-05:00'));
  await openRelais(page);
  await page.getByRole('link', { name: 'Paramètres' }).click();
  await page.getByRole('button', { name: 'Charger les données de démonstration' }).click();
  await expect(page.getByRole('status').filter({ hasText: /personnes inventées/ })).toBeVisible({ timeout: 60_000 });
  for (const size of SIZES) {
    await page.setViewportSize(size);
    for (const s of screens) {
      await s.open(page);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      // The language select is whole (not cut by the edge).
      const lang = await page.getByLabel('Langue', { exact: true }).boundingBox();
      expect(lang && lang.x >= 0 && lang.x + lang.width <= size.width, `language select on ${s.name}`).toBe(true);
      await page.screenshot({ path: `${SHOTS}/${s.name}-${size.width}x${size.height}.png`, fullPage: false });
      expect(await sideways(page), `${s.name} at ${size.width}×${size.height}`).toBe('none');
      // Tables drawn as one block per row keep their table semantics (and axe stays clean).
      if (size.width === 320) expect(await seriousViolations(page, { needsReview: NEEDS_REVIEW }), `axe on ${s.name} at 320`).toEqual([]);
    }
  }
});
