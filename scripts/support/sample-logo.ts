import { Resvg } from '@resvg/resvg-js';
import type { OfficeLogo } from '../../shared/model/settings';

/** An invented logo (two speech bubbles), drawn here so samples, tests and benchmarks need no image file. */
const SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="240" viewBox="0 0 240 240">
  <circle cx="120" cy="120" r="116" fill="#ffffff"/>
  <path d="M52 64h92a18 18 0 0 1 18 18v48a18 18 0 0 1-18 18H98l-30 26v-26H52a18 18 0 0 1-18-18V82a18 18 0 0 1 18-18z" fill="#1f5f8b"/>
  <path d="M118 110h70a16 16 0 0 1 16 16v40a16 16 0 0 1-16 16h-8v22l-26-22h-36a16 16 0 0 1-16-16v-40a16 16 0 0 1 16-16z" fill="#e07a1f"/>
</svg>`;

export function sampleLogo(): OfficeLogo {
  const png = new Resvg(SVG, { fitTo: { mode: 'width', value: 480 } }).render();
  return { mime: 'image/png', base64: Buffer.from(png.asPng()).toString('base64'), width: png.width, height: png.height };
}
