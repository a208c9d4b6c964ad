import { describe, expect, it } from 'vitest';
import { makeAnnualReport, makePortrait } from '../../../electron/services/pdf';
import { portraitItems } from '../../../shared/logic/indicators';
import { defaultOfficeSettings } from '../../../shared/model/settings';
import { PortraitAnswers } from '../../../shared/model/year-report';
import { AnnualReportInput } from '../../../shared/printables/annual-report';
import { annualReportInputFrom } from '../../../shared/printables/annual-report-mapping';
import { portraitPdfInputFrom } from '../../../shared/printables/portrait';
import { coreInputs } from '../indicators/dataset';
import { sampleLogo } from '../../../scripts/support/sample-logo';
import { pdfFonts, pdfImages, pdfText, savePdf } from './poppler';

/** pdftotext may wrap long values; compare on collapsed whitespace (the no-break space included). */
const flat = (s: string) => s.replace(/\s+/g, ' ');
const logo = sampleLogo();
const settings = {
  ...defaultOfficeSettings(),
  officeName: 'Bureau du partenariat',
  establishment: 'CRSSS de la Baie-James',
  coordinator: 'Coordination Nord',
  logo,
};
const notes = {
  highlights: 'Première année où chaque comité de sécurité compte un usager partenaire.',
  challenges: 'Rejoindre les communautés éloignées; l’hiver complique les déplacements.',
};
const AFTER = '2026-06-15';

describe('annual report PDF', () => {
  it('prints the hand-worked figures, the charts as vector text, the notes, a contents page and page numbers', async () => {
    const input = annualReportInputFrom(settings, coreInputs, 2025, notes, 'fr', AFTER);
    // What crosses the bridge validates.
    expect(AnnualReportInput.safeParse(input).success).toBe(true);
    const pdf = await makeAnnualReport(input);
    const file = savePdf(pdf.bytes);
    const text = flat(pdfText(file));
    for (const expected of [
      'Bilan annuel 2025',
      'CRSSS de la Baie-James',
      'Table des matières',
      // indicators.test.ts: bank 3 at the end of 2025, 2 at the end of 2024.
      'Personnes dans la banque 3 2 +1',
      // Requests received: 3 in 2025, 1 in 2024; the chart's bars say so in words.
      'Demandes reçues 3 1 +2',
      'Reçues',
      '2025 : 3',
      '2024 : 1',
      'Jours médians jusqu’au premier mandat 29,5',
      'Étapes faites en retard 1',
      'Pas encore de données',
      'Projets et mandats de l’année',
      'Comité d’amélioration',
      notes.highlights,
      'l’hiver complique les déplacements',
      `Page 1 de ${pdf.pages}`,
    ])
      expect(text, expected).toContain(expected);
    expect(pdf.pages).toBeGreaterThanOrEqual(4);
    expect(pdf.fileName).toBe('bilan-annuel-bureau-du-partenariat-2025.pdf');
    const fonts = pdfFonts(file);
    expect(fonts.length).toBeGreaterThan(0);
    for (const f of fonts) expect(f, f.name).toMatchObject({ embedded: true });
    // The only image is the office's logo (on the cover, large, and in the header band);
    // the charts are SVG drawn as vectors, so no image is larger than the logo.
    const drawn = pdfImages(file);
    for (const img of drawn) expect(img, `page ${img.page}`).toMatchObject({ width: logo.width, height: logo.height });
    // Drawn in the cover's 96-point box: 480 px over 1⅓ inch.
    expect(drawn.filter((img) => img.page === 1 && img.type === 'image').map((img) => img.xPpi)).toContain(Math.round(logo.width / (96 / 72)));
    expect(drawn.filter((img) => img.page === 2 && img.type === 'image').map((img) => img.xPpi)).not.toContain(Math.round(logo.width / (96 / 72)));
  });

  it('prints in English', async () => {
    const pdf = await makeAnnualReport(annualReportInputFrom(settings, coreInputs, 2025, { highlights: '', challenges: '' }, 'en', AFTER));
    const text = flat(pdfText(savePdf(pdf.bytes)));
    for (const expected of ['Annual report 2025', 'Contents', 'People in the bank 3 2 +1', 'Received', '2025: 3', 'Not written.', `Page 1 of ${pdf.pages}`])
      expect(text, expected).toContain(expected);
  });
});

describe('provincial portrait PDF', () => {
  it('prints each answer with its source, accents intact', async () => {
    const answers = PortraitAnswers.parse({ budgetRange: '50k_100k', strengths: 'Des liens étroits avec les communautés cries.' });
    const items = portraitItems(coreInputs, answers, 2025, { establishment: settings.establishment, coordinator: settings.coordinator }, AFTER);
    const pdf = await makePortrait(portraitPdfInputFrom(settings, items, answers, 2025, 'fr', AFTER));
    const file = savePdf(pdf.bytes);
    const text = flat(pdfText(file));
    for (const expected of [
      'Réponses au portrait provincial 2025',
      'I-6 Usagers partenaires dans la banque 3 Données de Relais',
      'I-7 Usagers partenaires actifs dans des projets 2 Données de Relais',
      'I-4 Budget annuel du bureau 50 000 $ – 100 000 $ Saisie à la main',
      'I-5a Nombre de personnes employées dans l’équipe Sans réponse',
      'Des liens étroits avec les communautés cries.',
      'Établissement auquel le service est rattaché',
    ])
      expect(text, expected).toContain(expected);
    for (const f of pdfFonts(file)) expect(f, f.name).toMatchObject({ embedded: true });
    // The logo in the header band, nothing else.
    const drawn = pdfImages(file);
    expect(drawn.length).toBeGreaterThan(0);
    for (const img of drawn) expect(img, `page ${img.page}`).toMatchObject({ width: logo.width, height: logo.height });
  });
});
