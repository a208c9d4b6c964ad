/** Step 2 of the import: propose a partner field for each spreadsheet column. */
import { readCode } from '../../vocabulary';
import { fold } from './helpers';
import { partnerFields, type CsvMapping, type PartnerField } from './types';

/** Column names in either language, accents and case ignored, from the shared vocabulary. */
const exactField = (header: string): PartnerField | undefined => {
  const code = readCode('columns', header);
  return code !== undefined && (partnerFields as readonly string[]).includes(code) ? (code as PartnerField) : undefined;
};

/** Word fragments for headers such as "Courriel personnel" or "Téléphone (cellulaire)". */
const partialLookup: [RegExp, PartnerField][] = [
  [/\bprenom\b|\bfirst\b/, 'firstName'],
  [/\bcourriel\b|\be ?mail\b/, 'email'],
  [/\btel(ephone)?\b|\bphone\b|\bcell/, 'phone'],
  [/\bnom de famille\b|\blast name\b|\bsurname\b/, 'lastName'],
  [/\bville\b|\bcommunaute\b|\bmunicipalite\b|\bcity\b|\btown\b|\bcommunity\b/, 'community'],
  [/\blangue\b|\blanguage\b/, 'language'],
  [/\bsecteur|\bsector/, 'sectors'],
  [/\btrajectoire|\btrajector/, 'trajectories'],
  [/\bnote|\bcomment|\bremarque/, 'notes'],
  [/\bniveau|\blevel/, 'levels'],
  [/\brole/, 'roles'],
  [/\bdisponib|\bavailab/, 'availabilityNote'],
  [/\binterpr/, 'interpreter'],
  [/\baidant|\bcaregiver/, 'caregiver'],
  [/\badresse\b|\baddress\b/, 'address'],
];

/**
 * Proposes a field for each header (French and English synonyms, accents and case
 * ignored). Each field is proposed at most once, for its first matching column; the user
 * corrects the rest in the mapping step.
 */
export function guessMapping(headers: readonly string[]): CsvMapping {
  const mapping: CsvMapping = {};
  const used = new Set<PartnerField>();
  const folded = headers.map((h) => fold(h));
  // Exact matches first, so "Nom" goes to lastName even if "Nom complet" comes earlier.
  headers.forEach((h) => {
    const f = exactField(h);
    if (f !== undefined && !used.has(f)) {
      mapping[h] = f;
      used.add(f);
    } else mapping[h] = null;
  });
  headers.forEach((h, i) => {
    if (mapping[h] !== null) return;
    const key = folded[i] ?? '';
    for (const [re, f] of partialLookup) {
      if (re.test(key) && !used.has(f)) {
        mapping[h] = f;
        used.add(f);
        return;
      }
    }
  });
  // A lone "Nom" with no first-name column is most likely the whole name.
  if (!used.has('firstName') && !used.has('fullName')) {
    const lastCol = headers.find((h) => mapping[h] === 'lastName');
    if (lastCol !== undefined && fold(lastCol) === 'nom') mapping[lastCol] = 'fullName';
  }
  return mapping;
}
