import { z } from 'zod';
import { AnnualReportInput } from '../../printables/annual-report';
import { PortraitPdfInput } from '../../printables/portrait';
import { AttestationInput, MandateSheetInput } from '../../printables/schemas';
import { defineChannels } from '../channel';
import { Base64 } from './app';

/** A finished PDF: shown in the preview, then handed to file.save or printed. */
export const PdfOutput = z.object({
  fileName: z.string().min(1).max(200),
  base64: Base64,
  pages: z.number().int().min(1),
});
export type PdfOutput = z.infer<typeof PdfOutput>;

/** Printables made by pdfmake in the main process. */
export const pdfChannels = defineChannels({
  'pdf.mandateSheet': { input: MandateSheetInput, output: PdfOutput },
  'pdf.attestation': { input: AttestationInput, output: PdfOutput },
  'pdf.annualReport': { input: AnnualReportInput, output: PdfOutput },
  'pdf.portrait': { input: PortraitPdfInput, output: PdfOutput },
});
