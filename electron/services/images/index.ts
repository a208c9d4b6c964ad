import { fileSlug } from '../../../shared/logic/text';
import type { PosterInput } from '../../../shared/printables/schemas';
import { renderPosterImage } from './render';
import type { ImageFormat } from './poster-svg';

export { IMAGE_FORMATS, type ImageFormat } from './poster-svg';

export interface ImageFile {
  fileName: string;
  bytes: Buffer;
  width: number;
  height: number;
}

export function makePosterImage(input: PosterInput, format: ImageFormat): ImageFile {
  const { png, width, height } = renderPosterImage(input, format);
  return { fileName: `${[fileSlug(input.name) || 'poster', `${width}x${height}`].join('-')}.png`, bytes: png, width, height };
}
