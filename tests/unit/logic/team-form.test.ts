import { describe, expect, it } from 'vitest';
import { parseTeamForm, teamFormTemplate } from '../../../shared/logic/team-form';
import { RequestFields } from '../../../shared/model/request';

const fill = (template: string, answers: Record<string, string>): string =>
  template
    .split('\n')
    .map((line) => {
      const key = Object.keys(answers).find((k) => line.startsWith(k));
      return key ? `${line}${answers[key]}` : line;
    })
    .join('\n');

describe('the request form teams fill in', () => {
  it('reads back a French form filled by a team into valid request fields', () => {
    const text = fill(teamFormTemplate('fr', 'Bureau du partenariat — Baie-James'), {
      'Projet ou comité': "Comité d'amélioration de l'accueil à l'urgence",
      Direction: 'Direction des soins infirmiers',
      'Équipe :': 'Urgence de Chibougamau',
      'Personne de référence': 'Rosalie Ouellet-Ribeiro',
      Courriel: 'rosalie@example.org',
      Niveau: 'Tactique',
      Contexte: 'Organisation des soins et services',
      Secteurs: 'Hospitalisation (médecine, chirurgie, autre), Soins infirmiers',
      'Trajectoires de soins recherchées': "évacuation médicale, proche aidant d'une personne âgée",
      Langues: 'français, cri',
      'Participation à distance possible': 'oui',
      "Nombre d'usagers partenaires": '2',
      Début: '15/03/2027',
      'Fin ': '2027-09-15',
      Format: 'en personne, visioconférence',
      'Heures prévues': '20,5',
      'Autres informations': 'Rencontres le mardi.',
    });
    const r = parseTeamForm(`${text}\nSalle 204: à confirmer`);
    expect(r.problems).toEqual([]);
    expect(r.values).toMatchObject({
      title: "Comité d'amélioration de l'accueil à l'urgence",
      directorate: 'Direction des soins infirmiers',
      team: 'Urgence de Chibougamau',
      reference: { name: 'Rosalie Ouellet-Ribeiro', email: 'rosalie@example.org' },
      level: 'tactical',
      context: 'organisation',
      sectors: ['hospitalisation', 'nursing'],
      trajectories: ['évacuation médicale', "proche aidant d'une personne âgée"],
      languages: ['fr', 'cr'],
      remoteOk: true,
      seats: 2,
      startDate: '2027-03-15',
      endDate: '2027-09-15',
      formats: ['in_person', 'video'],
      hoursExpected: 20.5,
      // A line without a known label continues the previous answer.
      notes: 'Rencontres le mardi.\nSalle 204: à confirmer',
    });
    expect(RequestFields.safeParse(r.values).success).toBe(true);
  });

  it('reads an English form, labels in any case and without accents', () => {
    const r = parseTeamForm('PROJECT OR COMMITTEE: Diabetes peer support\nlevel: clinical\nlanguages: English\nnumber of partners: 3\nREMOTE: no\n');
    expect(r.values).toMatchObject({ title: 'Diabetes peer support', level: 'clinical', languages: ['en'], seats: 3, remoteOk: false });
    expect(r.recognised).toEqual(['title', 'level', 'languages', 'seats', 'remoteOk']);
  });

  it('says what it did not understand instead of guessing, and keeps the rest', () => {
    const r = parseTeamForm(
      "Projet ou comité : Comité de vigilance\nNiveau : très important\nDébut : 31/02/2027\nNombre d'usagers partenaires : beaucoup\nCourriel : pas un courriel\nLangues : français, klingon\n",
    );
    expect(r.values.title).toBe('Comité de vigilance');
    expect(r.problems.map((p) => p.key)).toEqual(['level', 'startDate', 'seats', 'refEmail', 'languages']);
    expect(r.values.level).toBeUndefined();
    expect(r.values.startDate).toBeUndefined();
  });

  it('ignores the instructions and empty answers of a blank form', () => {
    const r = parseTeamForm(teamFormTemplate('en', ''));
    expect(r.recognised).toEqual([]);
    expect(r.problems).toEqual([]);
  });
});
