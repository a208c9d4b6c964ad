import type { HandlerTable } from '../../shared/bridge/contract';
import { RelaisError } from '../../shared/bridge/result';
import { makeAnnualReport, makeAttestation, makeMandateSheet, makePortrait, type PdfFile } from '../services/pdf';
import type { HostContext } from './context';

type PdfHandlers = Pick<HandlerTable, 'pdf.mandateSheet' | 'pdf.attestation' | 'pdf.annualReport' | 'pdf.portrait'>;

export const pdfHandlers = (ctx: HostContext): PdfHandlers => {
  /** Inputs are full of personal data: only the printable's kind and the error's class are logged. */
  const run = async (kind: string, make: () => Promise<PdfFile>) => {
    try {
      const { fileName, bytes, pages } = await make();
      return { fileName, base64: bytes.toString('base64'), pages };
    } catch (err) {
      ctx.log.error('pdf.failed', { kind, error: err instanceof Error ? err.name : typeof err });
      throw new RelaisError('pdf_failed');
    }
  };
  return {
    'pdf.mandateSheet': (input) => run('mandate_sheet', () => makeMandateSheet(input)),
    'pdf.attestation': (input) => run('attestation', () => makeAttestation(input)),
    'pdf.annualReport': (input) => run('annual_report', () => makeAnnualReport(input)),
    'pdf.portrait': (input) => run('portrait', () => makePortrait(input)),
  };
};
