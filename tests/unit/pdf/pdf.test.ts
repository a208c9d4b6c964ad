import { describe, expect, it } from 'vitest';
import { pdfHandlers } from '../../../electron/handlers/pdf';
import type { HostContext } from '../../../electron/handlers/context';
import { makeAttestation, makeMandateSheet } from '../../../electron/services/pdf';
import { silentLogger } from '../../../electron/services/logger';
import { MandateSheetInput } from '../../../shared/printables/schemas';
import { attestationInput, sheetInput, SYLLABICS } from './fixtures';
import { bodyInk, pdfFonts, pdfText, savePdf } from './poppler';

/** pdftotext may wrap long values; compare on collapsed whitespace. */
const flat = (s: string) => s.replace(/\s+/g, ' ');

const expectAllEmbedded = (file: string) => {
  const fonts = pdfFonts(file);
  expect(fonts.length).toBeGreaterThan(0);
  for (const f of fonts) expect(f, f.name).toMatchObject({ embedded: true });
  return fonts.map((f) => f.name);
};

describe('mandate sheet', () => {
  it('prints every field in French with fr-CA long dates, accents and quotes intact', async () => {
    const pdf = await makeMandateSheet(sheetInput());
    const file = savePdf(pdf.bytes);
    const text = flat(pdfText(file));
    for (const expected of [
      'Fiche de mandat',
      'Hélène Béliveau-Ouellet',
      'Comité d’amélioration de l’accueil à l’urgence',
      'Équipe des urgences — site de Port-Cartier',
      'Jérôme Lévesque',
      'Chef de service — urgence',
      'Responsabilités',
      '« avec vos mots »',
      'Début 23 novembre 2026',
      'Fin 15 juin 2027',
      'Document produit le 2 novembre 2026',
      'En personne, Visioconférence',
      'kilométrage, stationnement, repas',
      '150,00 $',
      'Mélodie Gagnon-Chabot',
      'Confidentialité',
      `Page 1 de ${pdf.pages}`,
    ])
      expect(text).toContain(expected);
    expect(pdf.fileName).toBe('fiche-de-mandat-helene-beliveau-ouellet-2026-11-02.pdf');
    expect(expectAllEmbedded(file).some((n) => n.includes('NotoSans'))).toBe(true);
    expect(bodyInk(file)).toBeGreaterThan(0.01);
  });

  it('prints in English with en-CA dates when the partner reads English', async () => {
    const pdf = await makeMandateSheet(sheetInput({ language: 'en' }));
    const file = savePdf(pdf.bytes);
    const text = flat(pdfText(file));
    for (const expected of [
      'Mandate sheet',
      'Responsibilities',
      'Start November 23, 2026',
      'End June 15, 2027',
      'In person, Video call',
      '$150.00',
      `Page 1 of ${pdf.pages}`,
    ])
      expect(text).toContain(expected);
    expect(text).not.toContain('Responsabilités');
    expectAllEmbedded(file);
  });

  it('gives syllabics their own embedded font and extracts them back', async () => {
    const base = sheetInput();
    const input = sheetInput({
      partner: { displayName: `Anna Petawabano ${SYLLABICS}` },
      mandate: { ...base.mandate, responsibilities: `Partager votre expérience (${SYLLABICS}) avec l’équipe; Wâciye, ā ī ō.` },
    });
    const file = savePdf((await makeMandateSheet(input)).bytes);
    const text = flat(pdfText(file));
    expect(text).toContain(`Anna Petawabano ${SYLLABICS}`);
    expect(text).toContain(`(${SYLLABICS})`);
    expect(text).toContain('Wâciye, ā ī ō.');
    const names = expectAllEmbedded(file);
    expect(names.some((n) => n.includes('NotoSansCanadianAboriginal'))).toBe(true);
  });

  it('flows long responsibilities onto page 2 with page numbers on each page', async () => {
    const base = sheetInput();
    const sentence = 'Relire les documents de travail et donner votre avis sur leur clarté pour les usagers. ';
    const responsibilities = `${sentence.repeat(33)}Dernière phrase témoin.`;
    const input = MandateSheetInput.parse({ ...base, mandate: { ...base.mandate, responsibilities } });
    const pdf = await makeMandateSheet(input);
    const file = savePdf(pdf.bytes);
    expect(pdf.pages).toBeGreaterThanOrEqual(2);
    const page1 = flat(pdfText(file, 1));
    const page2 = flat(pdfText(file, 2));
    expect(page1).toContain(`Page 1 de ${pdf.pages}`);
    expect(page2).toContain(`Page 2 de ${pdf.pages}`);
    expect(page1).not.toContain('Dernière phrase témoin.');
    expect(page2).toContain('Dernière phrase témoin.');
    expect(flat(pdfText(file))).toContain('Signatures');
  });

  it('keeps expenses apart from honoraria and says when payment was declined', async () => {
    const base = sheetInput();
    const input = sheetInput({
      mandate: { ...base.mandate, recognition: { attestation: false, expenses: ['parking'], honoraria: true, paymentDeclined: true } },
    });
    const text = flat(pdfText(savePdf((await makeMandateSheet(input)).bytes)));
    expect(text).toContain('Sur présentation des pièces justificatives : stationnement.');
    expect(text).toContain('Vous avez choisi de refuser la rémunération');
    expect(text).toContain('Aucune attestation n’est prévue');
  });
});

describe('attestation of participation', () => {
  it('lists mandates, periods and hours in French', async () => {
    const pdf = await makeAttestation(attestationInput());
    const file = savePdf(pdf.bytes);
    const text = flat(pdfText(file));
    for (const expected of [
      'Attestation de participation',
      'Hélène Béliveau-Ouellet',
      'Du 13 janvier 2026 au 9 juin 2026',
      'À partir du 2 mars 2026',
      '18,5 h',
      'Total 24,5 h',
      'Page 1 de 1',
    ])
      expect(text).toContain(expected);
    expect(pdf.pages).toBe(1);
    expectAllEmbedded(file);
    expect(bodyInk(file)).toBeGreaterThan(0.01);
  });

  it('prints in English', async () => {
    const text = flat(pdfText(savePdf((await makeAttestation(attestationInput({ language: 'en' }))).bytes)));
    for (const expected of ['Attestation of participation', 'From January 13, 2026 to June 9, 2026', 'Total 24.5 h', 'Page 1 of 1'])
      expect(text).toContain(expected);
  });
});

describe('pdf handlers', () => {
  const ctx = { log: silentLogger } as unknown as HostContext;

  it('answers with a file name, base64 bytes and the page count', async () => {
    const out = await pdfHandlers(ctx)['pdf.attestation'](attestationInput());
    expect(out.fileName).toMatch(/^attestation-de-participation-.*\.pdf$/);
    expect(out.pages).toBe(1);
    expect(Buffer.from(out.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
  });
});
