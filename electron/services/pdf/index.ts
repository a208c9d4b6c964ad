import { fileSlug } from '../../../shared/logic/text';
import type { AttestationInput, MandateSheetInput } from '../../../shared/printables/schemas';
import { attestationDefinition } from './attestation';
import { renderPdf } from './engine';
import { mandateSheetDefinition } from './mandate-sheet';
import { surveyBlankDefinition } from './survey-blank';
import type { SurveyBlankInput } from '../../../shared/printables/survey';
import { stringsFor } from './text';

export interface PdfFile {
  fileName: string;
  bytes: Buffer;
  pages: number;
}

/** ASCII file names survive every file system and e-mail client the offices use. */
const fileName = (...parts: string[]): string => `${parts.map((p) => fileSlug(p)).filter((p) => p !== '').join('-')}.pdf`;

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
