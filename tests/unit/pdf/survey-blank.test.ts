import { copyFileSync, mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeSurveyBlank } from '../../../electron/services/pdf';
import { builtInInstruments } from '../../../shared/logic/instruments';
import { SurveyBlankInput, surveyBlankInputFrom } from '../../../shared/printables/survey';
import { office } from './fixtures';
import { bodyInk, pdfFonts, pdfText, savePdf } from './poppler';

const flat = (s: string) => s.replace(/\s+/g, ' ');
const grid = builtInInstruments().find((b) => b.builtIn === 'post_partner')!;

describe('blank survey copy', () => {
  it('prints a built-in survey in French with its questions, scale ends, choices and embedded fonts', async () => {
    const input = SurveyBlankInput.parse(surveyBlankInputFrom(grid, 'fr', office, '2026-06-15'));
    const pdf = await makeSurveyBlank(input);
    const file = savePdf(pdf.bytes);
    if (process.env.RELAIS_KEEP_PDF) {
      mkdirSync('.tmp/pdf', { recursive: true });
      copyFileSync(file, '.tmp/pdf/survey-blank-fr.pdf');
    }
    const text = flat(pdfText(file));
    for (const expected of [
      'Après votre participation (partenaire)',
      '1. Dans l’ensemble, ma participation s’est bien passée. *',
      '1 — Pas du tout d’accord 2 3 4 5 — Tout à fait d’accord',
      'Aimeriez-vous participer à un autre projet ?',
      'Peut-être',
      'Qu’est-ce qui aurait pu être mieux ?',
      'Document produit le 15 juin 2026',
      'Bureau du partenariat « Voix des usagers »',
    ])
      expect(text).toContain(expected);
    expect(pdf.fileName).toBe('questionnaire-apres-votre-participation-partenaire.pdf');
    for (const f of pdfFonts(file)) expect(f.embedded, f.name).toBe(true);
    expect(bodyInk(file)).toBeGreaterThan(0.01);
  });

  it('prints the English side when asked, and refuses an instrument with no question', async () => {
    const text = flat(pdfText(savePdf((await makeSurveyBlank(surveyBlankInputFrom(grid, 'en', office, '2026-06-15'))).bytes)));
    expect(text).toContain('After your participation (partner)');
    expect(text).toContain('Would you like to take part in another project?');
    expect(text).toContain('June 15, 2026');
    expect(SurveyBlankInput.safeParse({ ...surveyBlankInputFrom(grid, 'en', office, '2026-06-15'), questions: [] }).success).toBe(false);
  });
});
