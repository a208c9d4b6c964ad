/**
 * One pass over a bundle's text before JSON.parse sees it: the nesting depth stays under
 * a limit (so no recursive parser, validator or serialiser can overflow its stack) and
 * there is no whitespace outside strings (canonical JSON has none, so padding is refused
 * at its first byte instead of after a parse). It does not validate JSON; JSON.parse does.
 */
export type ShapeVerdict = { ok: true } | { ok: false; reason: 'not_an_object' | 'too_deep' | 'whitespace' };

export const checkJsonShape = (text: string, maxDepth: number): ShapeVerdict => {
  if (text.charCodeAt(0) !== 0x7b /* { */) return { ok: false, reason: 'not_an_object' };
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i++;
      else if (c === 0x22 /* " */) inString = false;
      continue;
    }
    if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b /* [ */) {
      if (++depth > maxDepth) return { ok: false, reason: 'too_deep' };
    } else if (c === 0x7d || c === 0x5d) depth--;
    else if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) return { ok: false, reason: 'whitespace' };
  }
  return { ok: true };
};
