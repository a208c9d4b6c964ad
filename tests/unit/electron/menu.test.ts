import { describe, expect, it } from 'vitest';
import { menuTemplate } from '../../../electron/menu';

const labels = (items: ReturnType<typeof menuTemplate>): string[] =>
  items.flatMap((i) => [i.label ?? '', ...(i.submenu ? labels(i.submenu) : [])]).filter(Boolean);

describe('application menu', () => {
  it('is French by default wording and fully English when asked', () => {
    expect(labels(menuTemplate('fr'))).toContain('Quitter Relais');
    expect(labels(menuTemplate('en'))).toContain('Quit Relais');
    const fr = labels(menuTemplate('fr'));
    const en = labels(menuTemplate('en'));
    expect(fr).toHaveLength(en.length);
    expect(fr.filter((l, i) => l === en[i])).toEqual([]);
  });
});
