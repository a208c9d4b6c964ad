import { z } from 'zod';
import { GuideInput, NoticeInput, PosterInput } from '../../printables/schemas';
import { defineChannels } from '../channel';
import { Base64 } from './app';
import { PdfOutput } from './pdf';

export const ImageFormat = z.enum(['social', 'tv']);
export type ImageFormat = z.infer<typeof ImageFormat>;

/** A finished PNG: shown in the preview, then handed to file.save. */
export const ImageOutput = z.object({
  fileName: z.string().min(1).max(200),
  base64: Base64,
  width: z.number().int().min(1),
  height: z.number().int().min(1),
});
export type ImageOutput = z.infer<typeof ImageOutput>;

/** Recruitment posters, their images, the recruitment notice and the guides. */
export const printableChannels = defineChannels({
  'pdf.poster': { input: PosterInput, output: PdfOutput },
  'pdf.notice': { input: NoticeInput, output: PdfOutput },
  'pdf.guide': { input: GuideInput, output: PdfOutput },
  'image.poster': { input: z.object({ poster: PosterInput, format: ImageFormat }), output: ImageOutput },
});
