import { describe, expect, it } from 'vitest';
import { deName, quePrefix } from '../../../shared/format/french';

describe('French elision before names', () => {
  it('elides before a vowel or a mute h, not before a consonant', () => {
    expect(deName('Étienne Tremblay')).toBe('d’Étienne Tremblay');
    expect(deName('Hélène Côté')).toBe('d’Hélène Côté');
    expect(deName('Marc Gagnon')).toBe('de Marc Gagnon');
    expect(quePrefix('Isabelle Côté')).toBe('qu’');
    expect(quePrefix('Rosalie Ouellet')).toBe('que ');
  });
});
