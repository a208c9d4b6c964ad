import { describe, expect, it } from 'vitest';
import { parseCsv, partnersToCsv, validateRows, guessMapping } from '../../../shared/logic/csv';
import { parseTeamForm } from '../../../shared/logic/team-form';
import { resources } from '../../../renderer/src/i18n/resources';
import { codeLabel, readCode } from '../../../shared/vocabulary';
import { partner } from '../logic/factory';

describe('one vocabulary', () => {
  it('the screens, the CSV export and the importer use the same labels', () => {
    expect(codeLabel('participation', 'video', 'fr')).toBe(resources.fr.bank.participation.video);
    expect(codeLabel('steps', 'preselected', 'fr')).toBe(resources.fr.bank.steps.preselected);
    const p = partner({
      firstName: 'Ana',
      lastName: 'Tremblay',
      participation: ['video'],
      step: 'preselected',
      language: 'cr',
      languages: ['cr', 'fr'],
      levels: ['tactical'],
    });
    const csv = partnersToCsv([p], ['firstName', 'lastName', 'participation', 'step', 'language', 'levels'], 'fr');
    expect(csv).toContain('Visioconférence');
    expect(csv).toContain('Présélectionnée');
    expect(csv).toContain('Cri; Français');
    const parsed = parseCsv(csv);
    const back = validateRows(parsed.rows, guessMapping(parsed.headers), []);
    expect(back.ok[0]?.fields).toMatchObject({ participation: ['video'], language: 'cr', languages: ['cr', 'fr'], levels: ['tactical'] });
  });

  it('the importer and the team-form parser agree: « gouvernance » is a context, not a level', () => {
    expect(readCode('contexts', 'Gouvernance')).toBe('governance');
    expect(readCode('levels', 'gouvernance')).toBeUndefined();
    const form = parseTeamForm('Contexte : gouvernance\nFormat : visioconférence, en personne\nLangues : cri, français\n');
    expect(form.values).toMatchObject({ context: 'governance', formats: ['video', 'in_person'], languages: ['cr', 'fr'] });
  });
});
