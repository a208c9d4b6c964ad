import type { PosterText } from '../../../shared/model/printables';
import type { PosterInput } from '../../../shared/printables/schemas';
import { qrTarget } from '../../../shared/printables/qr';
import { FONT } from '../pdf/fonts';
import { onColour } from '../pdf/layout';
import { scriptRuns } from '../pdf/scripts';
import { stringsFor } from '../pdf/text';
import { qrModules } from './qr-modules';

/** Social media (square) and the TV screens of waiting rooms (16:9), in exact pixels. */
export const IMAGE_FORMATS = {
  social: { width: 1080, height: 1080 },
  tv: { width: 1920, height: 1080 },
} as const;
export type ImageFormat = keyof typeof IMAGE_FORMATS;

/** Family names inside the font files, which is what the SVG renderer matches on. */
export const SVG_FAMILY = { latin: 'Noto Sans', syllabics: 'Noto Sans Canadian Aboriginal' } as const;

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Rough advance widths of Noto Sans in ems. SVG has no line breaking, so lines are broken
 * here; erring wide keeps every line inside the picture.
 */
function emWidth(text: string, bold: boolean): number {
  let w = 0;
  for (const ch of text) {
    if (ch === ' ') w += 0.26;
    else if (/[iljtf.,;:'’!|I]/.test(ch)) w += 0.3;
    else if (/[mwMW]/.test(ch)) w += 0.88;
    else if (/[A-ZÀ-Ý]/.test(ch)) w += 0.64;
    else if (/[\u1400-\u167f\u18b0-\u18ff]/.test(ch)) w += 0.95;
    else w += 0.54;
  }
  return w * (bold ? 1.05 : 1);
}

/** The largest size, from max down to min, at which one line fits the width. */
const fitSize = (text: string, max: number, min: number, width: number, bold: boolean): number => {
  const w = emWidth(text, bold);
  return Math.max(min, Math.min(max, Math.floor(width / Math.max(w, 0.01))));
};

/** One line that fits: shrunk first, then cut with an ellipsis if it still does not fit. */
const fitLine = (text: string, max: number, min: number, width: number, bold: boolean): { line: string; size: number } => {
  const size = fitSize(text, max, min, width, bold);
  return { line: wrap(text, size, width, bold, 1)[0] ?? '', size };
};

/** Greedy line breaking; a line that still does not fit is cut with an ellipsis. */
export function wrap(text: string, fontSize: number, maxWidth: number, bold: boolean, maxLines: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = current ? `${current} ${word}` : word;
    if (emWidth(next, bold) * fontSize <= maxWidth || current === '') current = next;
    else {
      lines.push(current);
      current = word;
    }
  }
  if (current) lines.push(current);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${(kept[maxLines - 1] ?? '').replace(/\s+\S*$/, '')}…`;
  return kept;
}

/** One line of text, split into runs so syllabics get the font that has them. */
const textLine = (value: string, x: number, y: number, size: number, colour: string, opts: { bold?: boolean; anchor?: 'start' | 'middle' } = {}): string => {
  const spans = scriptRuns(value)
    .map((r) => `<tspan font-family="${r.font === FONT.syllabics ? SVG_FAMILY.syllabics : SVG_FAMILY.latin}">${esc(r.text)}</tspan>`)
    .join('');
  return `<text x="${x}" y="${y}" font-size="${size}" fill="${colour}" font-weight="${opts.bold ? 700 : 400}" text-anchor="${opts.anchor ?? 'start'}" font-family="${SVG_FAMILY.latin}">${spans}</text>`;
};

const block = (
  value: string,
  x: number,
  y: number,
  size: number,
  width: number,
  colour: string,
  bold: boolean,
  maxLines: number,
): { svg: string; bottom: number } => {
  const lines = wrap(value, size, width, bold, maxLines);
  const lh = size * 1.18;
  return { svg: lines.map((l, i) => textLine(l, x, y + size + i * lh, size, colour, { bold })).join(''), bottom: y + lines.length * lh + size * 0.25 };
};

/**
 * The image of a poster: the office band, the title(s), the call to action, the optional
 * syllabics line, and the contact with its QR code. Lists stay on the paper poster: an
 * image is read in a few seconds on a phone or a screen across a room.
 */
export function posterSvg(input: PosterInput, format: ImageFormat): string {
  const { width: W, height: H } = IMAGE_FORMATS[format];
  const { office } = input;
  const langs: Array<'fr' | 'en'> = input.language === 'bilingual' ? ['fr', 'en'] : [input.language];
  const both = langs.length === 2;
  const text = (l: 'fr' | 'en'): PosterText => input[l];
  const wide = format === 'tv';
  const pad = wide ? 90 : 70;
  const bandH = wide ? 150 : 140;
  const fg = onColour(office.primaryColor);
  const parts: string[] = [];

  parts.push(`<rect width="${W}" height="${H}" fill="#ffffff"/>`);
  parts.push(`<rect width="${W}" height="${bandH}" fill="${office.primaryColor}"/>`);
  parts.push(`<rect y="${bandH}" width="${W}" height="12" fill="${office.accentColor}"/>`);
  let nameX = pad;
  if (office.logo) {
    const box = bandH - 40;
    parts.push(
      `<image x="${pad}" y="20" width="${box}" height="${box}" preserveAspectRatio="xMinYMid meet" href="data:${office.logo.mime};base64,${office.logo.base64}"/>`,
    );
    nameX = pad + Math.min(box, (box * office.logo.width) / office.logo.height) + 28;
  }
  const officeName = office.officeName || stringsFor(langs[0] ?? 'fr').common.office;
  const name = fitLine(officeName, 40, 28, W - nameX - pad, true);
  parts.push(textLine(name.line, nameX, bandH / 2 + (office.establishment ? 4 : 14), name.size, fg, { bold: true }));
  if (office.establishment) {
    const est = fitLine(office.establishment, 26, 20, W - nameX - pad, false);
    parts.push(textLine(est.line, nameX, bandH / 2 + 42, est.size, fg));
  }

  // The QR code and contact sit on the right on a TV screen and at the bottom of a square.
  const qr = qrTarget(input.qr);
  const qrSize = wide ? 290 : 216;
  const contact = text(langs[0] ?? 'fr')
    .contact.split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const textWidth = wide ? W - 2 * pad - qrSize - 80 : W - 2 * pad;
  let y = bandH + 12 + (wide ? 60 : 50);

  langs.forEach((l, i) => {
    const size = i === 0 ? (both ? 62 : 76) : 46;
    const b = block(text(l).title, pad, y, size, textWidth, i === 0 ? office.primaryColor : '#1d1d1f', true, i === 0 ? 3 : 2);
    parts.push(b.svg);
    y = b.bottom + 8;
  });
  y += 12;
  for (const l of langs) {
    const b = block(text(l).callToAction, pad, y, both ? 32 : 40, textWidth, '#1d1d1f', false, both ? 2 : 3);
    parts.push(b.svg);
    y = b.bottom + 8;
  }
  if (input.syllabics) {
    const b = block(input.syllabics, pad, y + 8, 44, textWidth, office.accentColor, true, 1);
    parts.push(b.svg);
    y = b.bottom;
  }

  const contactSize = 32;
  const qrX = wide ? W - pad - qrSize : W - pad - qrSize;
  const qrY = wide ? bandH + 12 + 70 : H - pad - qrSize;
  if (qr) {
    // Whole-pixel modules with crisp edges: no seams for a phone's camera to trip on.
    const m = qrModules(qr.payload, qrSize);
    const inset = Math.floor((qrSize - m.size) / 2);
    parts.push(
      `<rect x="${qrX - 22}" y="${qrY - 22}" width="${qrSize + 44}" height="${qrSize + 44}" fill="#ffffff" stroke="${office.accentColor}" stroke-width="6" rx="10"/>`,
    );
    parts.push(
      `<g transform="translate(${qrX + inset} ${qrY + inset})" fill="#000000" shape-rendering="crispEdges">${m.rects.map((r) => `<rect x="${r.x}" y="${r.y}" width="${r.w}" height="${r.w}"/>`).join('')}</g>`,
    );
    if (wide)
      langs.forEach((l, i) =>
        parts.push(textLine(stringsFor(l).poster.scan, qrX + qrSize / 2, qrY + qrSize + 56 + i * 34, 26, '#1d1d1f', { anchor: 'middle' })),
      );
  }
  // Contact lines: bottom left, above the bottom edge, beside the QR code on a square.
  const contactLines = contact.slice(0, 3);
  const contactTop = H - pad - contactLines.length * contactSize * 1.25 - 50;
  parts.push(`<rect x="${pad}" y="${contactTop - 6}" width="${wide ? textWidth : W - 2 * pad - qrSize - 50}" height="6" fill="${office.accentColor}"/>`);
  const contactWidth = wide ? textWidth : W - 2 * pad - qrSize - 50;
  const heading = fitLine(langs.map((l) => stringsFor(l).poster.contact).join(' · '), 32, 22, contactWidth, true);
  parts.push(textLine(heading.line, pad, contactTop + 44, heading.size, office.primaryColor, { bold: true }));
  contactLines.forEach((l, i) =>
    parts.push(
      textLine(wrap(l, contactSize, contactWidth, i === 0, 1)[0] ?? '', pad, contactTop + 44 + (i + 1) * contactSize * 1.25, contactSize, '#1d1d1f', {
        bold: i === 0,
      }),
    ),
  );

  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${parts.join('')}</svg>`;
}
