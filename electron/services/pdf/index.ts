import { fileSlug } from '../../../shared/logic/text';
import type { AnnualReportInput } from '../../../shared/printables/annual-report';
import type { AttestationInput, MandateSheetInput } from '../../../shared/printables/schemas';
import { annualReportDefinition } from './annual-report';
import type { PortraitPdfInput } from '../../../shared/printables/portrait';
import { portraitDefinition } from './portrait';
import { attestationDefinition } from './attestation';
import { renderPdf } from './engine';
import { mandateSheetDefinition } from './mandate-sheet';
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

export async function makeAnnualReport(input: AnnualReportInput): Promise<PdfFile> {
  const { bytes, pages } = await renderPdf(annualReportDefinition(input));
  return { fileName: fileName(stringsFor(input.language).annual.fileName, input.office.officeName, String(input.year)), bytes, pages };
}

export async function makePortrait(input: PortraitPdfInput): Promise<PdfFile> {
  const { bytes, pages } = await renderPdf(portraitDefinition(input));
  return { fileName: fileName(stringsFor(input.language).portrait.fileName, input.office.officeName, String(input.year)), bytes, pages };
}
