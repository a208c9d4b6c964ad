import { Resvg } from '@resvg/resvg-js';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PosterInput } from '../../../shared/printables/schemas';
import { FACES, FONT, resolveFrom, woffToSfnt } from '../pdf/fonts';
import { IMAGE_FORMATS, posterSvg, SVG_FAMILY, type ImageFormat } from './poster-svg';

let fontFiles: string[] | undefined;

/**
 * resvg reads fonts from files only, and only TrueType/OpenType, so the same Noto WOFF
 * files the PDFs use are unwrapped once per process into a private temporary folder.
 * No system font is loaded: an image looks the same on every laptop.
 */
function fonts(): string[] {
  if (fontFiles) return fontFiles;
  const dir = mkdtempSync(join(tmpdir(), 'relais-fonts-'));
  const specs = [
    FACES[FONT.latin].normal,
    FACES[FONT.latin].bold,
    FACES[FONT.latinExt].normal,
    FACES[FONT.latinExt].bold,
    FACES[FONT.syllabics].normal,
    FACES[FONT.syllabics].bold,
  ];
  fontFiles = specs.map((spec, i) => {
    const file = join(dir, `${i}.ttf`);
    writeFileSync(file, woffToSfnt(readFileSync(resolveFrom.resolve(spec))));
    return file;
  });
  return fontFiles;
}

export interface RenderedImage {
  png: Buffer;
  width: number;
  height: number;
}

/** Renders the poster's image at exactly the format's pixel size. */
export function renderPosterImage(input: PosterInput, format: ImageFormat): RenderedImage {
  const { width } = IMAGE_FORMATS[format];
  const svg = posterSvg(input, format);
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: width },
    font: { loadSystemFonts: false, fontFiles: fonts(), defaultFontFamily: SVG_FAMILY.latin },
    // Only the logo, already inlined as a data: URL, may be drawn; nothing is fetched.
    imageRendering: 0,
    shapeRendering: 2,
    textRendering: 1,
  });
  const image = resvg.render();
  return { png: Buffer.from(image.asPng()), width: image.width, height: image.height };
}
