import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

type Tree = { [k: string]: string | Tree };
const entries = (tree: Tree, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [[`${prefix}${k}`, v] as [string, string]] : entries(v, `${prefix}${k}.`)));

const ROOTS = ['renderer/src/locales', 'electron/locales'];
const strings = (lang: string) =>
  ROOTS.flatMap((root) =>
    readdirSync(join(root, lang))
      .filter((f) => f.endsWith('.json'))
      .flatMap((f) => entries(JSON.parse(readFileSync(join(root, lang, f), 'utf8')) as Tree).map(([k, v]) => [`${f}:${k}`, v] as const)),
  );

describe('wording a coordinator reads', () => {
  // « 1 comblé(s) sur 1 », "device(s)": a count is either given to i18next as `count`
  // (with _one/_other forms) or written as a label and a number, never with a bracketed plural.
  for (const lang of ['fr', 'en']) {
    it(`${lang}: no bracketed plurals`, () => {
      expect(strings(lang).filter(([, v]) => /\w\((s|e|es|x)\)/.test(v))).toEqual([]);
    });
  }
});
