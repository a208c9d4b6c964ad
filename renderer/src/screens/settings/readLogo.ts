import type { OfficeLogo } from '../../../../shared/model/settings';
import { LOGO_MAX_BASE64 } from '../../../../shared/model/settings';
import { checkLogoFile, checkLogoPixels, fitLogo, type LogoRefusal } from '../../../../shared/printables/logo';

export type LogoResult = { ok: true; logo: OfficeLogo; scaled: boolean } | { ok: false; reason: LogoRefusal };

const loadImage = (url: string): Promise<HTMLImageElement> =>
  new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('unreadable'));
    img.src = url;
  });

const blobToBase64 = async (blob: Blob): Promise<string> => {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
};

const encode = (canvas: HTMLCanvasElement, mime: 'image/png' | 'image/jpeg'): Promise<Blob> =>
  new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('unreadable'))), mime, 0.9));

/**
 * Reads a picked file into the logo kept in the settings. Every image is drawn once onto a
 * canvas at its kept size: this proves it decodes, scales large ones down, turns an SVG
 * into a raster the PDF and image makers can draw, and drops whatever else the file held.
 */
export async function readLogo(file: File): Promise<LogoResult> {
  const head = new Uint8Array(await file.slice(0, 1024).arrayBuffer());
  const first = checkLogoFile(file.size, head);
  if (!first.ok) return first;
  const url = URL.createObjectURL(first.kind === 'svg' ? new Blob([file], { type: 'image/svg+xml' }) : file);
  try {
    let img: HTMLImageElement;
    try {
      // Loading reads the header (the size) without decoding every pixel yet.
      img = await loadImage(url);
    } catch {
      return { ok: false, reason: 'unreadable' };
    }
    const svg = first.kind === 'svg';
    // An SVG without a size reports 0 × 0 (or 150 × 150): give it a generous square.
    const w = img.naturalWidth || (svg ? 1000 : 0);
    const h = img.naturalHeight || (svg ? 1000 : 0);
    // A raster's pixel count is checked before decoding: a small file can inflate to
    // gigabytes. An SVG is drawn at the kept size whatever size it declares.
    const refusal = svg ? (w > 0 && h > 0 ? undefined : 'unreadable') : checkLogoPixels(w, h);
    if (refusal) return { ok: false, reason: refusal };
    try {
      await img.decode();
    } catch {
      return { ok: false, reason: 'unreadable' };
    }
    const target = svg ? fitLogo(Math.min(w * 4, 100_000), Math.min(h * 4, 100_000)) : fitLogo(w, h);
    const canvas = document.createElement('canvas');
    canvas.width = target.width;
    canvas.height = target.height;
    const ctx = canvas.getContext('2d');
    if (!ctx) return { ok: false, reason: 'unreadable' };
    const photo = first.kind === 'jpeg';
    if (photo) {
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, target.width, target.height);
    }
    ctx.drawImage(img, 0, 0, target.width, target.height);
    let mime: 'image/png' | 'image/jpeg' = photo ? 'image/jpeg' : 'image/png';
    let base64 = await blobToBase64(await encode(canvas, mime));
    if (base64.length > LOGO_MAX_BASE64 && mime === 'image/png') {
      mime = 'image/jpeg';
      base64 = await blobToBase64(await encode(canvas, mime));
    }
    if (base64.length > LOGO_MAX_BASE64) return { ok: false, reason: 'too_large' };
    return { ok: true, logo: { mime, base64, width: target.width, height: target.height }, scaled: !svg && target.scaled };
  } finally {
    URL.revokeObjectURL(url);
  }
}
