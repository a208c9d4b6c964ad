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

const slug = (value: string): string =>
  value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);

export function makePosterImage(input: PosterInput, format: ImageFormat): ImageFile {
  const { png, width, height } = renderPosterImage(input, format);
  return { fileName: `${[slug(input.name) || 'poster', `${width}x${height}`].join('-')}.png`, bytes: png, width, height };
}
