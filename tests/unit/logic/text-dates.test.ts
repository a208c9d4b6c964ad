import { describe, expect, it } from 'vitest';
import { addDays, addMonths, fold, foldedWords } from '../../../shared/logic';
import { fileSlug } from '../../../shared/logic/text';

describe('text folding', () => {
  it('drops accents, case and ligatures so unaccented typing matches', () => {
    expect(fold('Hélène CÔTÉ')).toBe('helene cote');
    expect(fold('Œuvre du cœur')).toBe('oeuvre du coeur');
  });

  it('keeps syllabics intact and splits hyphenated places into words', () => {
    expect(fold('ᐄᔨᔨᐤ ᐊᔅᒌ').normalize('NFC')).toBe('ᐄᔨᔨᐤ ᐊᔅᒌ'.normalize('NFC'));
    expect(foldedWords('Oujé-Bougoumou, Lebel-sur-Quévillon')).toEqual(['ouje', 'bougoumou', 'lebel', 'sur', 'quevillon']);
  });
});

describe('file-name pieces', () => {
  it('fold ligatures like every other comparison, so « Cœur » is not cut in two', () => {
    expect(fileSlug('Marie Cœur-Ébert')).toBe('marie-coeur-ebert');
    expect(fileSlug("  L'Œuvre d'Hélène (2026)  ")).toBe('l-oeuvre-d-helene-2026');
    expect(fileSlug('a'.repeat(80))).toHaveLength(60);
  });
});

describe('calendar arithmetic', () => {
  it('clamps to the end of shorter months and crosses years', () => {
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2026-01-15', -7)).toBe('2025-06-15');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});
