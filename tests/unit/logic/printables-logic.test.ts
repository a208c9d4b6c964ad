import { describe, expect, it } from 'vitest';
import { checkPlainLanguage } from '../../../shared/logic/plain-language';
import { defaultOfficeSettings, OfficeSettingsFields } from '../../../shared/model/settings';
import { GuideKey } from '../../../shared/model/printables';
import { fillGuide, originalGuide } from '../../../shared/printables/guides';
import { checkLogoFile, checkLogoPixels, fitLogo, LOGO_MAX_FILE_BYTES, sniffImage } from '../../../shared/printables/logo';
import { qrTarget } from '../../../shared/printables/qr';

const bytes = (...b: number[]) => new Uint8Array(b);
const text = (s: string) => new TextEncoder().encode(s);

describe('plain-language aid', () => {
  it('flags a long French sentence and a long word, not short ones', () => {
    const findings = checkPlainLanguage(
      'Votre avis compte. Nous recherchons activement des personnes ayant reçu des soins dans nos installations régionales afin de contribuer à l’amélioration continue des services offerts.',
      'fr',
    );
    expect(findings.filter((f) => f.kind === 'long_sentence')).toHaveLength(1);
    expect(findings.find((f) => f.kind === 'long_sentence')?.size).toBeGreaterThan(20);
    expect(findings.filter((f) => f.kind === 'long_word').map((f) => f.text)).toEqual(expect.arrayContaining(['installations', 'l’amélioration']));
    expect(findings.map((f) => f.text)).not.toContain('activement');
    expect(checkPlainLanguage('Votre avis compte. Devenez usager partenaire.', 'fr')).toEqual([]);
  });

  it('uses English limits for English, reads each line as its own sentence, and skips addresses', () => {
    const findings = checkPlainLanguage(
      'Read a document\nGive your view\nWrite to partnership.office@example.org or www.example.org/partnership-program',
      'en',
    );
    expect(findings).toEqual([]);
    const long = checkPlainLanguage('We would really like to hear from people who have received care in our hospitals and clinics over the past year.', 'en');
    expect(long.map((f) => f.kind)).toContain('long_sentence');
    expect(checkPlainLanguage('Responsibilities include participation in meetings.', 'en').map((f) => f.text)).toEqual(['Responsibilities', 'participation']);
  });

  it('reports a repeated long word once', () => {
    expect(checkPlainLanguage('Accompagnement. Accompagnement!', 'fr').filter((f) => f.kind === 'long_word')).toHaveLength(1);
  });
});

describe('QR code targets', () => {
  it('recognises phones (with an extension), e-mails and web addresses', () => {
    expect(qrTarget('819 555-0142')).toEqual({ kind: 'phone', payload: 'tel:+18195550142' });
    expect(qrTarget('1 (819) 555-0142 poste 5341')).toEqual({ kind: 'phone', payload: 'tel:+18195550142' });
    expect(qrTarget('partenariat@example.org')).toEqual({ kind: 'email', payload: 'mailto:partenariat@example.org' });
    expect(qrTarget('www.example.org/partenariat')).toEqual({ kind: 'web', payload: 'https://www.example.org/partenariat' });
    expect(qrTarget('https://example.org')).toEqual({ kind: 'web', payload: 'https://example.org' });
    expect(qrTarget('à la réception')).toBeUndefined();
    expect(qrTarget('  ')).toBeUndefined();
  });
});

describe('logo rules', () => {
  it('reads the kind from the bytes, not the name', () => {
    expect(sniffImage(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0))).toBe('png');
    expect(sniffImage(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe('jpeg');
    expect(sniffImage(text('\uFEFF<?xml version="1.0"?>\n<!-- logo -->\n<svg xmlns="http://www.w3.org/2000/svg">'))).toBe('svg');
    expect(sniffImage(text('GIF89a'))).toBeUndefined();
    expect(sniffImage(text('<html><svg>'))).toBeUndefined();
  });

  it('refuses a huge file before reading it and a pixel bomb once decoded; scales a large image down', () => {
    const png = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
    expect(checkLogoFile(30 * 1024 * 1024, png)).toEqual({ ok: false, reason: 'too_large' });
    expect(checkLogoFile(LOGO_MAX_FILE_BYTES, png)).toEqual({ ok: true, kind: 'png' });
    expect(checkLogoFile(1000, text('hello'))).toEqual({ ok: false, reason: 'not_an_image' });
    expect(checkLogoPixels(20_000, 20_000)).toBe('too_many_pixels');
    expect(checkLogoPixels(0, 10)).toBe('unreadable');
    expect(fitLogo(4000, 2000)).toEqual({ width: 1000, height: 500, scaled: true });
    expect(fitLogo(300, 200)).toEqual({ width: 300, height: 200, scaled: false });
  });

  it('the settings accept a kept logo and refuse a malformed one', () => {
    const logo = { mime: 'image/png', base64: 'iVBORw0KGgo=', width: 10, height: 10 };
    expect(OfficeSettingsFields.safeParse({ ...defaultOfficeSettings(), logo }).success).toBe(true);
    expect(OfficeSettingsFields.safeParse({ ...defaultOfficeSettings(), logo: { ...logo, mime: 'image/gif' } }).success).toBe(false);
    expect(OfficeSettingsFields.safeParse({ ...defaultOfficeSettings(), logo: { ...logo, base64: 'not base64!' } }).success).toBe(false);
  });
});

describe('guides', () => {
  it('has every guide in both languages, with fields in both', () => {
    for (const g of GuideKey.options) {
      const fr = originalGuide(g, 'fr');
      const en = originalGuide(g, 'en');
      expect(fr.title).not.toBe(en.title);
      expect(fr.body.match(/\{\{\w+\}\}/g)?.sort()).toEqual(en.body.match(/\{\{\w+\}\}/g)?.sort());
    }
  });

  it('fills fields from the settings, escapes Markdown in them, and leaves a blank to write on', () => {
    const s = { ...defaultOfficeSettings(), officeName: 'Bureau *des* usagers', coordinator: '', phone: '418 555-0100' };
    expect(fillGuide('{{office}} — {{coordinator}} — {{phone}} — {{unknown}}', s)).toBe('Bureau \\*des\\* usagers — \\_\\_\\_\\_ — 418 555-0100 — {{unknown}}');
  });
});
