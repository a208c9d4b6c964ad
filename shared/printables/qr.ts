/**
 * What a poster's QR code encodes: a phone number becomes a tel: link, an e-mail a mailto:
 * link, a web address stays as typed (with https:// added when missing), so a phone's
 * camera offers to call, write or open it. Anything else is not encoded.
 */
export type QrTarget = { kind: 'phone' | 'email' | 'web'; payload: string };

export function qrTarget(value: string): QrTarget | undefined {
  const v = value.trim();
  if (v === '') return undefined;
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v)) return { kind: 'email', payload: `mailto:${v}` };
  if (/^https?:\/\/\S+\.\S+$/i.test(v)) return { kind: 'web', payload: v };
  if (/^(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)+(\/\S*)?$/i.test(v)) return { kind: 'web', payload: `https://${v}` };
  const digits = v.replace(/(?:poste|post|ext\.?|x)\s*\d+$/i, '').replace(/[\s().-]/g, '');
  if (/^\+?\d{7,15}$/.test(digits)) {
    // North American numbers typed without the country code get +1, so the link dials from anywhere.
    const e164 = digits.startsWith('+')
      ? digits
      : digits.length === 10
        ? `+1${digits}`
        : digits.length === 11 && digits.startsWith('1')
          ? `+${digits}`
          : digits;
    return { kind: 'phone', payload: `tel:${e164}` };
  }
  return undefined;
}
