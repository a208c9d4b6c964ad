import { describe, expect, it } from 'vitest';
import { roleIn } from '../../../shared/printables/mapping';

describe('the role printed on a mandate sheet', () => {
  it('prints a known role in the language of the document, whatever language filled it in', () => {
    expect(roleIn("Usager partenaire de l'organisation (UPO)", 'en')).toBe('Organizational partner user (UPO)');
    expect(roleIn('Organizational partner user (UPO)', 'fr')).toBe("Usager partenaire de l'organisation (UPO)");
    expect(roleIn('Organisational partner user (UPO)', 'fr')).toBe("Usager partenaire de l'organisation (UPO)");
    expect(roleIn('usager partenaire accompagnateur', 'en')).toBe('Accompanying partner user (UPA)');
  });
  it('prints what the coordinator wrote herself as written', () => {
    expect(roleIn('Co-animatrice du groupe de parents', 'en')).toBe('Co-animatrice du groupe de parents');
  });
});
