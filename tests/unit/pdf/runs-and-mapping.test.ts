import { describe, expect, it } from 'vitest';
import { FONT } from '../../../electron/services/pdf/fonts';
import { scriptRuns } from '../../../electron/services/pdf/scripts';
import { defaultOfficeSettings } from '../../../shared/model/settings';
import { MandateFields } from '../../../shared/model/request';
import { attestationInputFrom, mandateSheetInputFrom } from '../../../shared/printables/mapping';
import { AttestationInput, MandateSheetInput } from '../../../shared/printables/schemas';

describe('scriptRuns', () => {
  it('splits syllabics from Latin and keeps spaces in Latin', () => {
    expect(scriptRuns('Wâciye ᐄᔨᔨᐤ ᐊᔅᒌ!')).toEqual([
      { text: 'Wâciye ', font: FONT.latin },
      { text: 'ᐄᔨᔨᐤ', font: FONT.syllabics },
      { text: ' ', font: FONT.latin },
      { text: 'ᐊᔅᒌ', font: FONT.syllabics },
      { text: '!', font: FONT.latin },
    ]);
  });

  it('sends Latin Extended letters to their subset and composes decomposed accents', () => {
    expect(scriptRuns('mīkwec Hélène')).toEqual([
      { text: 'm', font: FONT.latin },
      { text: 'ī', font: FONT.latinExt },
      { text: 'kwec Hélène', font: FONT.latin },
    ]);
    expect(scriptRuns('He\u0301le\u0300ne')).toEqual([{ text: 'Hélène', font: FONT.latin }]);
  });

  it('keeps typographic quotes and dashes in the Latin subset', () => {
    expect(scriptRuns('« l’été » — “ok” –')).toEqual([{ text: '« l’été » — “ok” –', font: FONT.latin }]);
  });
});

const mandate = MandateFields.parse({
  role: 'UPO',
  responsibilities: 'Donner votre avis',
  commitment: '2 h par mois',
  schedule: 'Mardis',
  place: 'Salle 2',
  format: ['video'],
  reference: { name: 'Jérôme Lévesque' },
  recognition: {},
  startDate: '2026-01-10',
  language: 'en',
});

describe('mapping', () => {
  it('builds a valid sheet input from stored records', () => {
    const settings = { ...defaultOfficeSettings(), officeName: 'Bureau', coordinator: 'Mélodie' };
    const input = mandateSheetInputFrom(
      settings,
      { firstName: 'Hélène', lastName: 'Béliveau' },
      { title: 'Comité', directorate: 'DQEPE', team: undefined },
      mandate,
      mandate.language,
      '2026-02-01',
    );
    expect(MandateSheetInput.parse(input)).toEqual(input);
    expect(input).toMatchObject({ language: 'en', partner: { displayName: 'Hélène Béliveau' }, issuedOn: '2026-02-01' });
    expect(input.office.primaryColor).toBe(settings.primaryColor);
    expect(input.mandate.recognition.expenses).toEqual(['mileage', 'parking']);
  });

  it('sums logged hours per mandate, sorts by start and drops cancelled mandates without hours', () => {
    const hours = (...h: number[]) => h.map((n, i) => ({ date: `2026-03-0${i + 1}`, hours: n }));
    const input = attestationInputFrom(
      defaultOfficeSettings(),
      { firstName: 'Anna', lastName: 'Petawabano' },
      [
        { mandate: { ...mandate, status: 'ended', startDate: '2026-05-01', hours: hours(2, 1.5) }, request: { title: 'B' } },
        {
          mandate: { ...mandate, status: 'active', startDate: undefined, hours: hours(1) },
          request: { title: 'A', startDate: '2026-02-01', endDate: '2026-04-01' },
        },
        { mandate: { ...mandate, status: 'cancelled', hours: [] }, request: { title: 'C' } },
        { mandate: { ...mandate, status: 'cancelled', startDate: '2026-06-01', hours: hours(0.25) }, request: { title: 'D' } },
      ],
      'fr',
      '2026-07-01',
    );
    expect(AttestationInput.parse(input)).toEqual(input);
    expect(input.participations.map((p) => [p.title, p.hours, p.startDate])).toEqual([
      ['A', 1, '2026-02-01'],
      ['B', 3.5, '2026-05-01'],
      ['D', 0.25, '2026-06-01'],
    ]);
    expect(input.totalHours).toBe(4.75);
  });
});
