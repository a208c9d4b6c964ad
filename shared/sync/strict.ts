/**
 * Members of `input` that a zod schema did not keep in `output`.
 *
 * zod objects drop the members they do not declare, so comparing what went in with what
 * came out lists exactly the members unknown to the schemas — the schemas stay the only
 * list of known members, whoever adds a field to them. Defaults may add members to the
 * output; that is fine. Paths name members, never values. The caller bounds the depth.
 */
export const unknownMembers = (input: unknown, output: unknown, path = '', found: string[] = [], limit = 10): string[] => {
  if (found.length >= limit || input === null || typeof input !== 'object' || output === null || typeof output !== 'object') return found;
  if (Array.isArray(input)) {
    if (Array.isArray(output)) input.forEach((item, i) => unknownMembers(item, output[i], `${path}[${i}]`, found, limit));
    return found;
  }
  for (const key of Object.keys(input)) {
    const where = path ? `${path}.${key}` : key;
    if (!Object.hasOwn(output, key)) {
      found.push(where.slice(0, 80));
      if (found.length >= limit) break;
      continue;
    }
    unknownMembers((input as Record<string, unknown>)[key], (output as Record<string, unknown>)[key], where, found, limit);
  }
  return found;
};
