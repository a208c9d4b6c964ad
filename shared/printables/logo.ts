/**
 * Rules for a logo picked from a file, pure so they are tested without a browser. The
 * renderer decodes the image (it has the codecs); these functions decide what to accept.
 */

/** Larger files are refused before they are read at all. */
export const LOGO_MAX_FILE_BYTES = 10 * 1024 * 1024;
/** Decoded size beyond which an image is refused (a small file can inflate to gigabytes). */
export const LOGO_MAX_PIXELS = 50_000_000;
/** Longest side kept; larger images are scaled down, which is plenty for a 300 dpi print. */
export const LOGO_MAX_SIDE = 1000;

export type ImageKind = 'png' | 'jpeg' | 'svg';

export type LogoRefusal = 'too_large' | 'not_an_image' | 'unreadable' | 'too_many_pixels';

const startsWith = (bytes: Uint8Array, sig: readonly number[]): boolean => sig.every((b, i) => bytes[i] === b);

/** Reads the file's first bytes rather than trusting its name. */
export function sniffImage(head: Uint8Array): ImageKind | undefined {
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'jpeg';
  const text = new TextDecoder('utf-8', { fatal: false })
    .decode(head.subarray(0, 1024))
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE svg[^>]*>\s*)?<svg[\s>]/i.test(text)) return 'svg';
  return undefined;
}

/** Pixel size to draw at: the same when small enough, else scaled to fit LOGO_MAX_SIDE. */
export function fitLogo(width: number, height: number): { width: number; height: number; scaled: boolean } {
  const longest = Math.max(width, height);
  if (longest <= LOGO_MAX_SIDE) return { width: Math.round(width), height: Math.round(height), scaled: false };
  const k = LOGO_MAX_SIDE / longest;
  return { width: Math.max(1, Math.round(width * k)), height: Math.max(1, Math.round(height * k)), scaled: true };
}

/** First check, on the file alone. */
export function checkLogoFile(size: number, head: Uint8Array): { ok: true; kind: ImageKind } | { ok: false; reason: LogoRefusal } {
  if (size > LOGO_MAX_FILE_BYTES) return { ok: false, reason: 'too_large' };
  const kind = sniffImage(head);
  return kind ? { ok: true, kind } : { ok: false, reason: 'not_an_image' };
}

/** Second check, once decoded. */
export function checkLogoPixels(width: number, height: number): LogoRefusal | undefined {
  if (!(width > 0 && height > 0)) return 'unreadable';
  if (width * height > LOGO_MAX_PIXELS) return 'too_many_pixels';
  return undefined;
}
