import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeOptions {
  /** Rules whose "needs review" findings count as violations too (a plain span with aria-label was one). */
  needsReview?: readonly string[];
}

/**
 * Serious and critical axe violations on the page as it stands, as `rule: first targets` lines
 * (the one axe check every e2e spec uses). Injected through DevTools: the app's CSP rightly blocks a script tag.
 */
export const seriousViolations = async (page: Page, options: AxeOptions = {}): Promise<string[]> => {
  await page.evaluate(axeSource);
  return page.evaluate(async (needsReview) => {
    type Rule = { id: string; impact: string | null; nodes: { target: string[] }[] };
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: Rule[]; incomplete: Rule[] }> } }).axe;
    const r = await axe.run();
    return [...r.violations, ...r.incomplete.filter((x) => needsReview.includes(x.id))]
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.id}: ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(', ')}`,
      );
  }, options.needsReview ?? []);
};
