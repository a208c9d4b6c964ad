import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

type Tree = { [k: string]: string | Tree };

const keysOf = (tree: Tree, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keysOf(v, `${prefix}${k}.`)));

const valuesOf = (tree: Tree): string[] => Object.values(tree).flatMap((v) => (typeof v === 'string' ? [v] : valuesOf(v)));

/** Every folder that holds one sub-folder per language, fr and en. */
const LOCALE_ROOTS = ['renderer/src/locales', 'electron/locales', 'shared/vocabulary/locales'];

const namespaces = (root: string, lang: string) => readdirSync(join(root, lang)).filter((f) => f.endsWith('.json') && statSync(join(root, lang, f)).isFile());

describe('translations', () => {
  for (const root of LOCALE_ROOTS) {
    it(`${root}: every namespace exists in French and English`, () => {
      expect(namespaces(root, 'en').sort()).toEqual(namespaces(root, 'fr').sort());
    });
    for (const ns of namespaces(root, 'fr')) {
      it(`${root}/${ns}: same keys in both languages, none empty`, () => {
        const fr = JSON.parse(readFileSync(join(root, 'fr', ns), 'utf8')) as Tree;
        const en = JSON.parse(readFileSync(join(root, 'en', ns), 'utf8')) as Tree;
        const frKeys = keysOf(fr).sort();
        const enKeys = keysOf(en).sort();
        expect(
          frKeys.filter((k) => !enKeys.includes(k)),
          'missing in English',
        ).toEqual([]);
        expect(
          enKeys.filter((k) => !frKeys.includes(k)),
          'missing in French',
        ).toEqual([]);
        expect([...valuesOf(fr), ...valuesOf(en)].filter((v) => v.trim() === '')).toEqual([]);
      });
    }
  }
});
