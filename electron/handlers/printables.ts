import type { HandlerTable } from '../../shared/bridge/contract';
import { RelaisError } from '../../shared/bridge/result';
import { makePosterImage } from '../services/images';
import { makeGuide, makeNotice, makePoster, type PdfFile } from '../services/pdf';
import type { HostContext } from './context';

type PrintableHandlers = Pick<HandlerTable, 'pdf.poster' | 'pdf.notice' | 'pdf.guide' | 'image.poster'>;

export const printableHandlers = (ctx: HostContext): PrintableHandlers => {
  /** Only the printable's kind and the error's class are logged, never the text. */
  const failed = (kind: string, err: unknown): never => {
    ctx.log.error('pdf.failed', { kind, error: err instanceof Error ? err.name : typeof err });
    throw new RelaisError('pdf_failed');
  };
  const pdf = async (kind: string, make: () => Promise<PdfFile>) => {
    try {
      const { fileName, bytes, pages } = await make();
      return { fileName, base64: bytes.toString('base64'), pages };
    } catch (err) {
      return failed(kind, err);
    }
  };
  return {
    'pdf.poster': (input) => pdf('poster', () => makePoster(input)),
    'pdf.notice': (input) => pdf('notice', () => makeNotice(input)),
    'pdf.guide': (input) => pdf(`guide_${input.guide}`, () => makeGuide(input)),
    'image.poster': async ({ poster, format }) => {
      try {
        const { fileName, bytes, width, height } = makePosterImage(poster, format);
        return { fileName, base64: bytes.toString('base64'), width, height };
      } catch (err) {
        return failed(`poster_image_${format}`, err);
      }
    },
  };
};
