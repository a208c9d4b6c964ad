/**
 * Canonical JSON in the spirit of RFC 8785 (JCS): object keys sorted by UTF-16 code
 * units, no whitespace, numbers and strings as JSON.stringify writes them, undefined
 * members dropped. The bundle signature covers these bytes, so a reader that re-parses
 * the JSON can rebuild exactly what was signed whatever order its parser keeps.
 */
export const canonicalJson = (value: unknown): string => {
  if (value === null || typeof value !== 'object') {
    const s = JSON.stringify(value);
    return s === undefined ? 'null' : s;
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const obj = value as Record<string, unknown>;
  const parts: string[] = [];
  for (const key of Object.keys(obj).sort()) {
    const v = obj[key];
    if (v === undefined) continue;
    parts.push(`${JSON.stringify(key)}:${canonicalJson(v)}`);
  }
  return `{${parts.join(',')}}`;
};

/**
 * Whether `text` is exactly canonicalJson(value), checked piece by piece against the text
 * instead of building a second copy (a hostile array of millions of `null`s would
 * otherwise cost its size again in strings). The caller bounds the depth.
 */
export const isCanonicalText = (value: unknown, text: string): boolean => {
  let at = 0;
  const take = (s: string): boolean => {
    if (!text.startsWith(s, at)) return false;
    at += s.length;
    return true;
  };
  const walk = (v: unknown): boolean => {
    if (v === null || typeof v !== 'object') return take(JSON.stringify(v) ?? 'null');
    if (Array.isArray(v)) {
      if (!take('[')) return false;
      for (let i = 0; i < v.length; i++) if ((i > 0 && !take(',')) || !walk(v[i])) return false;
      return take(']');
    }
    if (!take('{')) return false;
    let first = true;
    for (const key of Object.keys(v).sort()) {
      const member = (v as Record<string, unknown>)[key];
      if (member === undefined) continue;
      if ((!first && !take(',')) || !take(JSON.stringify(key)) || !take(':') || !walk(member)) return false;
      first = false;
    }
    return take('}');
  };
  return walk(value) && at === text.length;
};
