/**
 * Writes every PDF the app makes, from demo data, in French and English, plus the poster
 * images (PNG, exact pixel sizes) and a poster with a syllabics line, for review:
 *   npm run pdf:samples -- <dir>
 * Nothing here is real: the demo generator invents people and projects.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { IMAGE_FORMATS, makePosterImage, type ImageFormat } from '../electron/services/images';
import { makeAnnualReport, makeAttestation, makeGuide, makeMandateSheet, makeNotice, makePortrait, makePoster, type PdfFile } from '../electron/services/pdf';
import { annualReportInputFrom } from '../shared/printables/annual-report-mapping';
import { portraitItems } from '../shared/logic/indicators';
import { PortraitAnswers } from '../shared/model/year-report';
import { portraitPdfInputFrom } from '../shared/printables/portrait';
import { generateDemo } from '../shared/demo/generate';
import type { UiLanguage } from '../shared/model/enums';
import { attestationInputFrom, mandateSheetInputFrom, noticeInputFrom, printOfficeFrom } from '../shared/printables/mapping';
import { GuideKey } from '../shared/model/printables';
import { originalGuide } from '../shared/printables/guides';
import { newPoster } from '../shared/printables/poster-defaults';
import { sampleLogo } from './support/sample-logo';

const TODAY = '2026-11-23';
const LANGUAGES: UiLanguage[] = ['fr', 'en'];

async function main(): Promise<void> {
  const target = process.argv[2];
  if (!target) {
    process.stderr.write('usage: npm run pdf:samples -- <dir>\n');
    process.exit(2);
  }
  const dir = resolve(target);
  mkdirSync(dir, { recursive: true });
  const generated = generateDemo({ seed: 7, partners: 40, requests: 12, today: TODAY });
  // The invented office gets an invented logo, so every printable shows the visual identity.
  const demo = { ...generated, settings: { ...generated.settings, logo: sampleLogo() } };
  const partners = new Map(demo.partners.map((p) => [p.id, p]));
  const requests = new Map(demo.requests.map((r) => [r.id, r]));

  const written: string[] = [];
  const save = (prefix: string, pdf: PdfFile) => {
    const file = join(dir, `${prefix}-${pdf.fileName}`);
    writeFileSync(file, pdf.bytes);
    written.push(`${file} (${pdf.pages} p.)`);
  };

  // The mandate with the longest responsibilities shows how a sheet flows onto a second page.
  const mandate = [...demo.mandates].sort((a, b) => b.responsibilities.length - a.responsibilities.length)[0];
  const partner = mandate && partners.get(mandate.partnerId);
  const request = mandate && requests.get(mandate.requestId);
  if (!mandate || !partner || !request) throw new Error('the demo data has no mandate to print');

  const withHours = demo.partners
    .map((p) => ({ p, items: demo.mandates.filter((m) => m.partnerId === p.id && m.hours.length > 0) }))
    .sort((a, b) => b.items.length - a.items.length)[0];
  if (!withHours || withHours.items.length === 0) throw new Error('the demo data has no logged hours');
  const attested = withHours.items.flatMap((m) => {
    const r = requests.get(m.requestId);
    return r ? [{ mandate: m, request: r }] : [];
  });

  // The request with the most profile details makes the fullest notice.
  const noticed = [...demo.requests].sort((a, b) => b.trajectories.length + b.sectors.length - (a.trajectories.length + a.sectors.length))[0] ?? request;

  for (const language of LANGUAGES) {
    save(language, await makeMandateSheet(mandateSheetInputFrom(demo.settings, partner, request, mandate, language, TODAY)));
    save(language, await makeAttestation(attestationInputFrom(demo.settings, withHours.p, attested, language, TODAY)));
    save(language, await makeNotice(noticeInputFrom(demo.settings, noticed, language, TODAY, '2026-12-15')));
    const poster = { ...newPoster(demo.settings, language === 'fr' ? 'Recrutement' : 'Recruitment'), language, office: printOfficeFrom(demo.settings) };
    save(language, await makePoster(poster));
    save(language, await makePoster({ ...poster, paper: 'tabloid' }));
    for (const guide of GuideKey.options) {
      const text = originalGuide(guide, language);
      save(`${language}-guide`, await makeGuide({ language, office: printOfficeFrom(demo.settings), guide, ...text }));
    }
  }

  // A bilingual poster with a line in Cree syllabics, and its two images.
  const bilingual = {
    ...newPoster(demo.settings, 'Eeyou Istchee'),
    language: 'bilingual' as const,
    syllabics: 'ᐄᔨᔨᐤ ᐊᔅᒌ — ᐙᔅᑳᐦᑲᓐ',
    office: printOfficeFrom(demo.settings),
  };
  save('syllabics', await makePoster(bilingual));
  save('syllabics', await makePoster({ ...bilingual, paper: 'tabloid' }));
  for (const format of Object.keys(IMAGE_FORMATS) as ImageFormat[]) {
    const image = makePosterImage(bilingual, format);
    const file = join(dir, `image-${format}-${image.fileName}`);
    writeFileSync(file, image.bytes);
    written.push(`${file} (${image.width}×${image.height} px)`);
    const fr = makePosterImage({ ...bilingual, language: 'fr', syllabics: '' }, format);
    writeFileSync(join(dir, `image-${format}-fr-${fr.fileName}`), fr.bytes);
    written.push(`${join(dir, `image-${format}-fr-${fr.fileName}`)} (${fr.width}×${fr.height} px)`);
  }

  // Free text the coordinator typed in Cree syllabics must print with its own font.
  const cree = {
    ...mandate,
    place: 'Wemindji — ᐐᒥᓂᒌ',
    responsibilities: `${mandate.responsibilities}\n\nᐄᔨᔨᐤ ᐊᔅᒌ : partager l’expérience de la communauté « en ses mots ».`,
  };
  // The annual report of the demo office's current year, with the coordinator's own words.
  const notes = {
    highlights:
      'Une première cohorte de six usagers partenaires a siégé au comité de gestion des risques.\n\nLes délais entre la demande et le premier mandat ont diminué grâce à la banque à jour.',
    challenges: 'Recruter des usagers partenaires anglophones et cris hors de Chibougamau.\n\nGarder le contact avec les personnes en attente de formation.',
  };
  for (const language of LANGUAGES) {
    save(language, await makeAnnualReport(annualReportInputFrom(demo.settings, demo, 2026, notes, language, TODAY)));
  }

  // The provincial portrait: computed answers plus a few typed by hand, one left blank.
  const answers = PortraitAnswers.parse({
    directorates: ['dqepe'],
    yearsOperating: '3_5',
    budgetRange: '100k_150k',
    staffCount: 2,
    fte: 1.6,
    fundingSources: ['global_budget', 'philanthropy'],
    strengths: 'Une banque à jour et des usagers partenaires présents dans les communautés cries et jamésiennes.',
  });
  const context = { establishment: demo.settings.establishment, coordinator: demo.settings.coordinator };
  const items = portraitItems({ ...demo }, answers, 2026, context, TODAY);
  for (const language of LANGUAGES) save(language, await makePortrait(portraitPdfInputFrom(demo.settings, items, answers, 2026, language, TODAY)));

  save('syllabics', await makeMandateSheet(mandateSheetInputFrom(demo.settings, { firstName: 'Anna', lastName: 'Petawabano ᐊᓈ' }, request, cree, 'fr', TODAY)));

  process.stdout.write(`${written.join('\n')}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`pdf:samples failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
