import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { resources } from '../../../renderer/src/i18n/resources';
import { guidesFr } from '../../../shared/printables/guides/fr';

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
  // The project's epicene choice: « Coordonnatrice ou coordonnateur », « la personne à la coordination ».
  it('fr: the coordinator is never only « coordonnatrice », en: never "she"', () => {
    expect(strings('fr').filter(([, v]) => /coordonnatrice/i.test(v) && !/coordonnateur/i.test(v))).toEqual([]);
    expect(strings('en').filter(([, v]) => /\b(she|her|hers|herself)\b/i.test(v))).toEqual([]);
  });
  for (const lang of ['fr', 'en']) {
    it(`${lang}: no bracketed plurals`, () => {
      expect(strings(lang).filter(([, v]) => /\w\((s|e|es|x)\)/.test(v))).toEqual([]);
    });
  }
});

/**
 * French typography (fr-CA, docs/architecture.md): a no-break space (U+00A0) before a colon
 * and inside « », no space at all before ; ? ! (the Quebec usage), and the typographic
 * apostrophe ’. A colon not followed by a space (E:\, https:, tel:) is not punctuation.
 * Whatever a French screen, menu, PDF or guide says follows it.
 */
describe('French typography', () => {
  const french: (readonly [string, string])[] = [
    ...strings('fr'),
    ...Object.entries(guidesFr).flatMap(([k, g]) => [[`guide ${k}:title`, g.title] as const, [`guide ${k}:body`, g.body] as const]),
  ];
  const breaking = (rule: RegExp) => french.filter(([, v]) => rule.test(v)).map(([k, v]) => `${k}: ${v.slice(0, 80)}`);

  it('a no-break space before a colon', () => {
    expect(breaking(/(?<!\u00a0):(?=\s|$)/)).toEqual([]);
  });
  it('no-break spaces inside « »', () => {
    expect(breaking(/«(?!\u00a0)|(?<!\u00a0)»/)).toEqual([]);
  });
  it('no space before ; ? !', () => {
    expect(breaking(/\s[;?!]/)).toEqual([]);
  });
  it('the apostrophe is ’', () => {
    expect(breaking(/'/)).toEqual([]);
  });
  it('the rule can fail: ordinary spaces and a straight apostrophe are caught', () => {
    const sample = "Étape : « dans la banque » ; l'été ?";
    for (const rule of [/(?<!\u00a0):(?=\s|$)/, /«(?!\u00a0)|(?<!\u00a0)»/, /\s[;?!]/, /'/]) expect(rule.test(sample)).toBe(true);
  });
});

describe('counts read right in both languages', () => {
  const init = async (lng: 'fr' | 'en') => {
    const i18n = i18next.createInstance();
    await i18n.init({ resources, lng, fallbackLng: 'fr', defaultNS: 'common', ns: Object.keys(resources.fr), interpolation: { escapeValue: false } });
    return i18n;
  };

  it('French agrees with the count: « 1 comblé », « 2 comblés », « 1 comité … a », nobody yet', async () => {
    const i18n = await init('fr');
    expect(i18n.t('engagement:committees.seatsValue', { count: 0, filled: 0, seats: 2 })).toBe('0 comblé sur 2');
    expect(i18n.t('engagement:committees.seatsValue', { count: 2, filled: 2, seats: 3 })).toBe('2 comblés sur 3');
    expect(i18n.t('engagement:committees.coverageValue', { count: 1, covered: 1, total: 3, percent: '33 %' })).toBe(
      '1 comité sur 3 a au moins un siège partenaire comblé (33 %).',
    );
    expect(i18n.t('engagement:committees.coverageValue', { count: 2, covered: 2, total: 3, percent: '67 %' })).toMatch(/^2 comités sur 3 ont/);
    expect(i18n.t('engagement:results.answered', { count: 0 })).toBe('Personne n’a encore répondu à cette question');
    expect(i18n.t('engagement:results.answered', { count: 1 })).toBe('1 personne a répondu à cette question');
  });

  it('English too', async () => {
    const i18n = await init('en');
    expect(i18n.t('engagement:committees.seatsValue', { count: 1, filled: 1, seats: 1 })).toBe('1 of 1 filled');
    expect(i18n.t('engagement:committees.coverageValue', { count: 1, covered: 1, total: 3, percent: '33%' })).toMatch(/^1 of 3 committees has/);
    expect(i18n.t('engagement:results.answered', { count: 0 })).toBe('No one has answered this question yet');
  });
});
