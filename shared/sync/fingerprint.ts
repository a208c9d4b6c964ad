/**
 * Short, phone-readable fingerprints of public keys: the first 10 bytes of SHA-256 in
 * five groups of four hex digits. WebCrypto, so the renderer can show the same text.
 */
export const fingerprintOf = async (bytes: Uint8Array): Promise<string> => {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  const hex = Array.from(digest.subarray(0, 10), (b) => b.toString(16).padStart(2, '0').toUpperCase()).join('');
  return hex.match(/.{4}/g)?.join('-') ?? hex;
};

export const fingerprintOfText = (text: string): Promise<string> => fingerprintOf(new TextEncoder().encode(text));
