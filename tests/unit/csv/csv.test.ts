import { describe, expect, it } from 'vitest';
import { generateDemo } from '../../../shared/demo/generate';
import { defaultExportColumns, guessMapping, parseCsv, partnersToCsv, validateRows, type ExportColumn } from '../../../shared/logic/csv';
import type { Partner } from '../../../shared/model';

const BOM = '\uFEFF';

const frenchFile = [
  'Prénom;Nom;Téléphone;Courriel;Ville;Langue;Rôle;Notes',
  'Julie;Gagné;418 555-0142;julie.gagne@example.org;Chibougamau;Français;UPO;Préfère le soir',
  'Réjean;Côté;(819) 555-0177;pas-un-courriel;Matagami;fr;UPA;',
  '"Hilda";"Ashkamew";873-555-0101;;Mistissini;Cri;UPA, UPO;"Notes avec ; point-virgule et ᐄᔨᔨᐤ"',
].join('\r\n');

const existing = (): Partner[] => {
  const demo = generateDemo({ partners: 3, requests: 0, seed: 11 });
  const p = demo.partners[0];
  if (!p) throw new Error('no demo partner');
  return [{ ...p, firstName: 'Julie', lastName: 'Gagne', phone: '1-418-555-0142', email: undefined }];
};

describe('parseCsv', () => {
  it('reads a ;-delimited file with a BOM and accents', () => {
    const parsed = parseCsv(BOM + frenchFile);
    expect(parsed.delimiter).toBe(';');
    expect(parsed.headers).toEqual(['Prénom', 'Nom', 'Téléphone', 'Courriel', 'Ville', 'Langue', 'Rôle', 'Notes']);
    expect(parsed.rows).toHaveLength(3);
    expect(parsed.rows[0]?.rowNumber).toBe(2);
    expect(parsed.rows[0]?.values['Prénom']).toBe('Julie');
    expect(parsed.rows[1]?.values['Prénom']).toBe('Réjean');
    expect(parsed.rows[2]?.values['Notes']).toBe('Notes avec ; point-virgule et ᐄᔨᔨᐤ');
  });

  it('detects commas, and keeps spreadsheet row numbers across blank lines and multi-line cells', () => {
    const parsed = parseCsv('First name,Last name,Notes\nAnn,Roy,"two\nlines"\n\nBob,Caron,x\n');
    expect(parsed.delimiter).toBe(',');
    expect(parsed.rows.map((r) => r.rowNumber)).toEqual([2, 4]);
    expect(parsed.rows[0]?.values['Notes']).toBe('two\nlines');
  });

  it('keeps duplicate header names distinct', () => {
    expect(parseCsv('Nom;Notes;Notes\nA;b;c').headers).toEqual(['Nom', 'Notes', 'Notes (2)']);
  });
});

describe('guessMapping', () => {
  it('maps French headers', () => {
    const m = guessMapping(parseCsv(BOM + frenchFile).headers);
    expect(m).toEqual({
      Prénom: 'firstName',
      Nom: 'lastName',
      Téléphone: 'phone',
      Courriel: 'email',
      Ville: 'community',
      Langue: 'language',
      Rôle: 'roles',
      Notes: 'notes',
    });
  });

  it('maps English headers and partial matches, and leaves unknown columns unmapped', () => {
    const m = guessMapping(['First name', 'Last name', 'E-mail', 'Phone', 'Community', 'Courriel personnel', 'Date de naissance']);
    expect(m['First name']).toBe('firstName');
    expect(m['Last name']).toBe('lastName');
    expect(m['E-mail']).toBe('email');
    expect(m['Phone']).toBe('phone');
    expect(m['Community']).toBe('community');
    expect(m['Courriel personnel']).toBeNull(); // email already taken by an exact match
    expect(m['Date de naissance']).toBeNull();
  });

  it('treats a lone "Nom" column as the full name', () => {
    expect(guessMapping(['Nom', 'Téléphone'])['Nom']).toBe('fullName');
  });
});

describe('validateRows', () => {
  it('reports a bad row with its spreadsheet row number and keeps the others', () => {
    const parsed = parseCsv(BOM + frenchFile);
    const res = validateRows(parsed.rows, guessMapping(parsed.headers), []);
    expect(res.errors).toEqual([{ rowNumber: 3, field: 'email', column: 'Courriel', code: 'invalid_email', value: 'pas-un-courriel' }]);
    expect(res.ok.map((r) => r.rowNumber)).toEqual([2, 4]);
    const hilda = res.ok[1]?.fields;
    expect(hilda?.language).toBe('cr');
    expect(hilda?.roles).toEqual(['UPA', 'UPO']);
    expect(hilda?.email).toBeUndefined();
    expect(res.ok[0]?.fields.language).toBe('fr');
    expect(res.duplicates).toEqual([]);
  });

  it('detects a duplicate by name and phone against the bank, ignoring accents, case and phone format', () => {
    const parsed = parseCsv(BOM + frenchFile);
    const bank = existing();
    const res = validateRows(parsed.rows, guessMapping(parsed.headers), bank);
    expect(res.duplicates).toHaveLength(1);
    expect(res.duplicates[0]).toMatchObject({ rowNumber: 2, reason: 'name_phone', matchId: bank[0]?.id });
    expect(res.ok.map((r) => r.rowNumber)).toEqual([4]);
  });

  it('detects duplicates by name and e-mail, and within the file', () => {
    const csv = 'Prénom;Nom;Courriel;Téléphone\nAnn;Roy;ann@example.org;\nANN;ROY;ANN@example.org;\nAnn;Roy;;418-555-0199\n';
    const parsed = parseCsv(csv);
    const res = validateRows(parsed.rows, guessMapping(parsed.headers), []);
    expect(res.ok.map((r) => r.rowNumber)).toEqual([2, 4]);
    expect(res.duplicates).toMatchObject([{ rowNumber: 3, reason: 'in_file', matchRow: 2 }]);
  });

  it('reports stable error codes for missing names and unknown coded values', () => {
    const csv = 'Prénom;Nom;Langue;Niveau;Interprète;Téléphone\n;;fr;;;\nAnn;Roy;klingon;;;\nBo;Li;;galactique;peut-être;12\n';
    const parsed = parseCsv(csv);
    const res = validateRows(parsed.rows, guessMapping(parsed.headers), []);
    expect(res.ok).toEqual([]);
    expect(res.errors.map((e) => [e.rowNumber, e.code])).toEqual([
      [2, 'missing_name'],
      [3, 'invalid_language'],
      [4, 'invalid_phone'],
      [4, 'invalid_boolean'],
      [4, 'invalid_level'],
    ]);
  });

  it('asks for both names, as the profile form does', () => {
    const parsed = parseCsv('Prénom;Nom;Courriel\n;Ottereyes;rita@example.org\nLouis;;louis@example.org\nNoémie;Gagnon;\n');
    const res = validateRows(parsed.rows, guessMapping(parsed.headers), []);
    expect(res.ok.map((r) => r.rowNumber)).toEqual([4]);
    expect(res.errors.map((e) => [e.rowNumber, e.code, e.column])).toEqual([
      [2, 'missing_name', 'Prénom'],
      [3, 'missing_name', 'Nom'],
    ]);
  });

  it('splits a full-name column', () => {
    const parsed = parseCsv('Nom complet;Courriel\n"Tremblay, Julie";\nMarc-André Roy;\n');
    const res = validateRows(parsed.rows, guessMapping(parsed.headers), []);
    expect(res.ok.map((r) => [r.fields.firstName, r.fields.lastName])).toEqual([
      ['Julie', 'Tremblay'],
      ['Marc-André', 'Roy'],
    ]);
  });
});

describe('partnersToCsv', () => {
  const demo = generateDemo({ partners: 40, seed: 5 });
  const columns: ExportColumn[] = [
    'firstName',
    'lastName',
    'phone',
    'email',
    'community',
    'language',
    'interpreter',
    'caregiver',
    'participation',
    'roles',
    'levels',
    'sectors',
    'trajectories',
    'notes',
    'availabilityNote',
  ];

  it('writes a BOM, a localised header and ;-delimited rows', () => {
    const fr = partnersToCsv(demo.partners, defaultExportColumns, 'fr');
    expect(fr.startsWith(`${BOM}Prénom;Nom;Téléphone;Courriel`)).toBe(true);
    const en = partnersToCsv(demo.partners, defaultExportColumns, 'en');
    expect(en.startsWith(`${BOM}First name;Last name;Phone;E-mail`)).toBe(true);
    expect(fr.split('\r\n')).toHaveLength(demo.partners.length + 2);
  });

  it('guards values Excel would run as formulas, and the import removes the guard', () => {
    const p = demo.partners[0];
    if (!p) throw new Error('no partner');
    const csv = partnersToCsv([{ ...p, notes: '=HYPERLINK("x")' }], ['firstName', 'lastName', 'notes'], 'fr');
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    const parsed = parseCsv(csv);
    const res = validateRows(parsed.rows, guessMapping(parsed.headers), []);
    expect(res.ok[0]?.fields.notes).toBe('=HYPERLINK("x")');
  });

  for (const lang of ['fr', 'en'] as const) {
    it(`round-trips through parseCsv, guessMapping and validateRows (${lang})`, () => {
      const csv = partnersToCsv(demo.partners, columns, lang);
      const parsed = parseCsv(csv);
      const mapping = guessMapping(parsed.headers);
      const res = validateRows(parsed.rows, mapping, []);
      expect(res.errors).toEqual([]);
      const back = [...res.ok, ...res.duplicates].sort((a, b) => a.rowNumber - b.rowNumber);
      expect(back).toHaveLength(demo.partners.length);
      back.forEach((row, i) => {
        const p = demo.partners[i];
        if (!p) throw new Error('missing partner');
        const f = row.fields;
        expect(f.firstName).toBe(p.firstName);
        expect(f.lastName).toBe(p.lastName);
        expect(f.phone).toBe(p.phone);
        expect(f.email).toBe(p.email);
        expect(f.community).toBe(p.community);
        expect(f.language).toBe(p.language);
        expect(f.languageOther).toBe(p.languageOther);
        expect(f.interpreter).toBe(p.interpreter);
        expect(f.caregiver).toBe(p.caregiver);
        expect(f.participation).toEqual(p.participation);
        expect(f.roles).toEqual(p.roles);
        expect(f.levels).toEqual(p.levels);
        expect(f.sectors).toEqual(p.sectors);
        expect(f.trajectories).toEqual(p.trajectories);
        expect(f.notes).toBe(p.notes);
        expect(f.availabilityNote).toBe(p.availabilityNote);
      });
    });
  }
});
