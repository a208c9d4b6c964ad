/** Step 2 of the import: propose a partner field for each spreadsheet column. */
import { fold } from './helpers';
import { partnerFields, type CsvMapping, type PartnerField } from './types';

const synonyms: Record<PartnerField, string[]> = {
  firstName: ['prenom', 'first name', 'firstname', 'given name', 'prenom usager', 'prenom de l usager'],
  lastName: ['nom', 'nom de famille', 'last name', 'lastname', 'surname', 'family name', 'nom usager', 'nom de l usager'],
  fullName: ['nom complet', 'name', 'full name', 'fullname', 'nom et prenom', 'prenom et nom', 'nom prenom', 'prenom nom', 'usager', 'usager partenaire', 'partner'],
  title: ['titre', 'civilite', 'title', 'salutation'],
  phone: ['telephone', 'tel', 'tel.', 'phone', 'phone number', 'telephone number', 'cellulaire', 'cell', 'mobile', 'no de telephone', 'numero de telephone'],
  email: ['courriel', 'e mail', 'email', 'adresse courriel', 'mail', 'adresse electronique', 'courrier electronique', 'e mail address', 'email address'],
  address: ['adresse', 'address', 'adresse postale', 'mailing address'],
  community: ['ville', 'communaute', 'municipalite', 'localite', 'village', 'town', 'city', 'community'],
  language: ['langue', 'langues', 'language', 'languages', 'langues parlees', 'langue parlee', 'langue preferee', 'preferred language', 'langue de communication'],
  interpreter: ['interprete', 'interpreter', 'besoin d interprete', 'interpreter needed', 'besoin interprete'],
  caregiver: ['proche aidant', 'proche aidante', 'caregiver', 'family caregiver'],
  participation: ['participation', 'modes de participation', 'mode de participation', 'format', 'formats'],
  availabilityNote: ['disponibilite', 'disponibilites', 'availability'],
  roles: ['role', 'roles', 'type', 'type d usager', 'type d usager partenaire'],
  levels: ['niveau', 'niveaux', 'level', 'levels', 'niveau d implication', 'niveaux d implication'],
  sectors: ['secteur', 'secteurs', 'sector', 'sectors', 'secteur d activite', 'secteurs d activite', 'secteurs d experience'],
  trajectories: ['trajectoire', 'trajectoires', 'trajectoire de soins', 'trajectoires de soins', 'care trajectory', 'care trajectories', 'trajectories', 'experience', 'experiences', 'vecu', 'savoir experientiel', 'condition', 'maladie'],
  notes: ['notes', 'note', 'commentaires', 'commentaire', 'remarques', 'remarque', 'comments', 'comment'],
};

const exactLookup = new Map<string, PartnerField>();
for (const f of partnerFields) for (const s of synonyms[f]) exactLookup.set(fold(s), f);

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
  headers.forEach((h, i) => {
    const f = exactLookup.get(folded[i] ?? '');
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
