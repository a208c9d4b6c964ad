import { fileSlug } from '../../../shared/logic/text';
import type { AttestationInput, GuideInput, MandateSheetInput, NoticeInput, PosterInput } from '../../../shared/printables/schemas';
import type { AnnualReportInput } from '../../../shared/printables/annual-report';
import { annualReportDefinition } from './annual-report';
import type { PortraitPdfInput } from '../../../shared/printables/portrait';
import { portraitDefinition } from './portrait';
import { attestationDefinition } from './attestation';
import { renderPdf } from './engine';
import { guideDefinition } from './guide';
import { mandateSheetDefinition } from './mandate-sheet';
import { surveyBlankDefinition } from './survey-blank';
import type { SurveyBlankInput } from '../../../shared/printables/survey';
import { noticeDefinition } from './notice';
import { posterDefinition, posterLanguages } from './poster';
import { stringsFor } from './text';

export interface PdfFile {
  fileName: string;
  bytes: Buffer;
  pages: number;
}

/** ASCII file names survive every file system and e-mail client the offices use. */
export const fileName = (...parts: string[]): string =>
  `${parts
    .map((p) => fileSlug(p))
    .filter((p) => p !== '')
    .join('-')}.pdf`;

export async function makeMandateSheet(input: MandateSheetInput): Promise<PdfFile> {
  const { bytes, pages } = await renderPdf(mandateSheetDefinition(input));
  return { fileName: fileName(stringsFor(input.language).mandate.fileName, input.partner.displayName, input.issuedOn), bytes, pages };
}

export async function makeAttestation(input: AttestationInput): Promise<PdfFile> {
  const { bytes, pages } = await renderPdf(attestationDefinition(input));
  return { fileName: fileName(stringsFor(input.language).attestation.fileName, input.partner.displayName, input.issuedOn), bytes, pages };
}

export async function makeSurveyBlank(input: SurveyBlankInput): Promise<PdfFile> {
  const { bytes, pages } = await renderPdf(surveyBlankDefinition(input));
  return { fileName: fileName(stringsFor(input.language).survey.fileName, input.title), bytes, pages };
}

export async function makePoster(input: PosterInput): Promise<PdfFile> {
  const { bytes, pages } = await renderPdf(posterDefinition(input));
  const lang = posterLanguages(input)[0] ?? 'fr';
  return { fileName: fileName(stringsFor(lang).poster.fileName, input.name, input.paper), bytes, pages };
}

export async function makeNotice(input: NoticeInput): Promise<PdfFile> {
  const { bytes, pages } = await renderPdf(noticeDefinition(input));
  return { fileName: fileName(stringsFor(input.language).notice.fileName, input.request.title, input.issuedOn), bytes, pages };
}

export async function makeGuide(input: GuideInput): Promise<PdfFile> {
  const { bytes, pages } = await renderPdf(guideDefinition(input));
  return { fileName: fileName(input.title), bytes, pages };
}

export async function makeAnnualReport(input: AnnualReportInput): Promise<PdfFile> {
  const { bytes, pages } = await renderPdf(annualReportDefinition(input));
  return { fileName: fileName(stringsFor(input.language).annual.fileName, input.office.officeName, String(input.year)), bytes, pages };
}

export async function makePortrait(input: PortraitPdfInput): Promise<PdfFile> {
  const { bytes, pages } = await renderPdf(portraitDefinition(input));
  return { fileName: fileName(stringsFor(input.language).portrait.fileName, input.office.officeName, String(input.year)), bytes, pages };
}
