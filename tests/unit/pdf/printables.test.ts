import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makePosterImage } from '../../../electron/services/images';
import { posterSvg } from '../../../electron/services/images/poster-svg';
import { makeGuide, makePoster } from '../../../electron/services/pdf';
import { generateDemo } from '../../../shared/demo/generate';
import { newPoster } from '../../../shared/printables/poster-defaults';
import type { PosterInput } from '../../../shared/printables/schemas';
import { sampleLogo } from '../../../scripts/support/sample-logo';
import { office } from './fixtures';
import { pdfFonts, pdfImages, pdfText, savePdf } from './poppler';

const SYLLABICS = 'ᐄᔨᔨᐤ ᐊᔅᒌ';
const withLogo = { ...office, logo: sampleLogo() };
const poster = (over: Partial<PosterInput> = {}): PosterInput => ({ ...newPoster(withLogo, 'Urgence'), office: withLogo, ...over });

const pngSize = (png: Buffer) => {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
};

/** The whole sample run, as a reviewer would make it: every printable, both languages, images. */
describe('npm run pdf:samples', () => {
  const dir = mkdtempSync(join(tmpdir(), 'relais-samples-'));
  let files: string[] = [];
  beforeAll(() => {
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/pdf-samples.ts', dir], { encoding: 'utf8', stdio: 'pipe' });
    files = readdirSync(dir);
  }, 120_000);

  it('writes every printable in French and English, the images and a syllabics poster', () => {
    for (const kind of ['fiche-de-mandat', 'attestation-de-participation', 'avis-de-recrutement', 'affiche'])
      expect(
        files.some((f) => f.startsWith('fr-') && f.includes(kind)),
        kind,
      ).toBe(true);
    for (const kind of ['mandate-sheet', 'attestation-of-participation', 'recruitment-notice', 'poster'])
      expect(
        files.some((f) => f.startsWith('en-') && f.includes(kind)),
        kind,
      ).toBe(true);
    expect(files.filter((f) => f.startsWith('fr-guide-'))).toHaveLength(6);
    expect(files.filter((f) => f.startsWith('en-guide-'))).toHaveLength(6);
    expect(files.some((f) => f.startsWith('syllabics-affiche'))).toBe(true);
  });

  it('every PDF embeds every font it uses', () => {
    const pdfs = files.filter((f) => f.endsWith('.pdf'));
    expect(pdfs.length).toBeGreaterThanOrEqual(25);
    for (const f of pdfs) {
      const fonts = pdfFonts(join(dir, f));
      expect(fonts.length, f).toBeGreaterThan(0);
      for (const font of fonts) expect(font.embedded, `${f}: ${font.name}`).toBe(true);
    }
  });

  it('French accents, English text and the syllabics line come back unchanged', () => {
    const text = (prefix: string) => pdfText(join(dir, files.find((f) => f.startsWith(prefix)) ?? 'missing')).replace(/\s+/g, ' ');
    expect(text('fr-affiche')).toContain('Votre expérience peut améliorer nos soins');
    expect(text('fr-avis-de-recrutement')).toContain('Au comité des usagers');
    expect(text('fr-guide-qu-est-ce')).toContain('Qu’est-ce qu’un usager partenaire?');
    expect(text('fr-guide-aide-memoire')).toContain('Expliquer les sigles et les mots techniques.');
    expect(text('en-poster')).toContain('Your experience can make our care better');
    expect(text('en-guide-first-contact')).toContain('Thank the person, even if they say no.');
    const bilingual = text('syllabics-affiche');
    expect(bilingual).toContain('ᐄᔨᔨᐤ ᐊᔅᒌ — ᐙᔅᑳᐦᑲᓐ');
    expect(bilingual).toContain('Qui peut participer?');
    expect(bilingual).toContain('Who can take part?');
  });

  it('the annual report and the portrait print the demo office’s figures with French accents, embedded fonts, and no image larger than the logo', () => {
    // The same demo office as scripts/pdf-samples.ts; its figures counted here by hand.
    const demo = generateDemo({ seed: 7, partners: 40, requests: 12, today: '2026-11-23' });
    const bank = demo.partners.filter((p) => p.step === 'in_bank' || p.step === 'active').length;
    const active = demo.partners.filter((p) => p.step === 'active').length;
    const received = (year: string) => demo.requests.filter((r) => r.receivedAt.startsWith(year)).length;
    const [r2026, r2025] = [received('2026'), received('2025')];
    expect(bank).toBeGreaterThan(active);
    expect(r2026).toBeGreaterThan(r2025);
    const flat = (s: string) => s.replace(/\s+/g, ' ');
    const sample = (prefix: string) => join(dir, files.find((f) => f.startsWith(prefix) && f.endsWith('.pdf')) ?? `missing-${prefix}`);
    const diff = (a: number, b: number) => (a > b ? `+${a - b}` : a < b ? `−${b - a}` : '0');

    const report = flat(pdfText(sample('fr-bilan-annuel')));
    for (const expected of [
      'Bilan annuel 2026',
      'Période : 2026 (comparée à 2025)',
      `Personnes dans la banque ${bank}`,
      `Personnes actives ${active}`,
      `Demandes reçues ${r2026} ${r2025} ${diff(r2026, r2025)}`,
      'Reçues',
      'Personnes à l’étape « dans la banque » ou « active »',
      'Une première cohorte de six usagers partenaires a siégé',
      'Geneviève',
      'Français',
    ])
      expect(report, expected).toContain(expected);
    expect(flat(pdfText(sample('en-annual-report')))).toContain(`People in the bank ${bank}`);

    const portrait = flat(pdfText(sample('fr-portrait-provincial')));
    for (const expected of [
      'Réponses au portrait provincial 2026',
      `I-6 Usagers partenaires dans la banque ${bank} Données de Relais`,
      `I-7 Usagers partenaires actifs dans des projets ${active} Données de Relais`,
      'I-4 Budget annuel du bureau 100 000 $ – 150 000 $ Saisie à la main',
      'I-5b Nombre d’équivalents temps complet (ETC) 1,6 Saisie à la main',
      'Fiches à l’étape « dans la banque » ou « active » le 23 novembre 2026',
      'demandes reçues',
    ])
      expect(portrait, expected).toContain(expected);
    for (const text of [report, portrait]) for (const ch of ['é', 'è', 'à', 'ç', '« ', ' »']) expect(text, ch).toContain(ch);

    const logo = sampleLogo();
    for (const prefix of ['fr-bilan-annuel', 'en-annual-report', 'fr-portrait-provincial', 'en-provincial-portrait']) {
      const file = sample(prefix);
      const fonts = pdfFonts(file);
      expect(fonts.length, prefix).toBeGreaterThan(0);
      for (const font of fonts) expect(font.embedded, `${prefix}: ${font.name}`).toBe(true);
      // Charts are vectors: the only image is the office's logo, never anything larger.
      const drawn = pdfImages(file);
      expect(drawn.length, prefix).toBeGreaterThan(0);
      for (const img of drawn) expect(img.width * img.height, `${prefix} page ${img.page}`).toBeLessThanOrEqual(logo.width * logo.height);
    }
    // The report's cover shows the logo large (96 points: 360 ppi for the 480 px logo).
    expect(pdfImages(sample('fr-bilan-annuel')).some((img) => img.page === 1 && img.xPpi === 360)).toBe(true);
  });

  it('the poster images have exactly the stated pixel sizes', () => {
    const images = files.filter((f) => f.endsWith('.png'));
    expect(images.length).toBeGreaterThanOrEqual(4);
    for (const f of images) {
      const size = pngSize(readFileSync(join(dir, f)));
      expect(size, f).toEqual(f.includes('-social-') ? { width: 1080, height: 1080 } : { width: 1920, height: 1080 });
    }
  });
});

describe('poster', () => {
  it('prints Letter and Tabloid portrait, on one page, in each language', async () => {
    for (const [paper, size] of [
      ['letter', '612 x 792'],
      ['tabloid', '792 x 1224'],
    ] as const) {
      for (const language of ['fr', 'en', 'bilingual'] as const) {
        const pdf = await makePoster(poster({ paper, language, syllabics: SYLLABICS }));
        expect(pdf.pages, `${paper} ${language}`).toBe(1);
        const file = savePdf(pdf.bytes);
        expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(new RegExp(`Page size:\\s+${size} pts`));
        expect(pdfText(file)).toContain(SYLLABICS);
      }
    }
  });

  it('says when the text no longer fits on one page', async () => {
    const long = Array.from({ length: 40 }, (_, i) => `Exemple d’implication numéro ${i + 1}`).join('\n');
    const pdf = await makePoster(poster({ fr: { ...poster().fr, examples: long } }));
    expect(pdf.pages).toBeGreaterThan(1);
  });

  it('draws no QR code when the contact is neither a phone, an e-mail nor an address', async () => {
    const withQr = await makePoster(poster({ qr: '418 555-0142' }));
    const without = await makePoster(poster({ qr: 'demandez à la réception' }));
    expect(withQr.bytes.length).toBeGreaterThan(without.bytes.length);
  });
});

describe('poster images', () => {
  it('are made offline at exactly 1080×1080 and 1920×1080', () => {
    for (const [format, size] of [
      ['social', { width: 1080, height: 1080 }],
      ['tv', { width: 1920, height: 1080 }],
    ] as const) {
      const img = makePosterImage(poster({ language: 'bilingual', syllabics: SYLLABICS }), format);
      expect(pngSize(img.bytes)).toEqual(size);
      expect(img.fileName).toMatch(new RegExp(`${size.width}x${size.height}\\.png$`));
    }
  });

  it('write the syllabics line with the syllabics font, and escape what the coordinator typed', () => {
    const svg = posterSvg(poster({ syllabics: SYLLABICS, fr: { ...poster().fr, title: 'Soins <script> & « accueil »' } }), 'social');
    expect(svg).toContain('font-family="Noto Sans Canadian Aboriginal">ᐄᔨᔨᐤ</tspan>');
    expect(svg).toContain('Soins &lt;script&gt; &amp;');
    expect(svg).not.toContain('<script>');
  });
});

describe('guides', () => {
  it('map Markdown to headings, lists and check boxes, with the settings filled in', async () => {
    const pdf = await makeGuide({
      language: 'fr',
      office: withLogo,
      guide: 'welcome_checklist',
      title: 'Aide-mémoire',
      body: '# Accueil\n\n## Avant\n\n- [ ] Nommer une personne de référence\n- [x] Réserver la salle\n\n1. Premier point\n2. Deuxième point\n\n> Bonjour, je suis {{coordinator}}.\n\n**Gras** et *italique*, <b>pas de HTML</b>, ᐊᔅᒌ.',
    });
    const text = pdfText(savePdf(pdf.bytes)).replace(/\s+/g, ' ');
    expect(text).toContain('Nommer une personne de référence');
    expect(text).not.toContain('[ ]');
    expect(text).toContain('Bonjour, je suis Mélodie Gagnon-Chabot.');
    expect(text).toContain('<b>pas de HTML</b>');
    expect(text).toContain('ᐊᔅᒌ');
    expect(text).toContain('Premier point');
  });
});
