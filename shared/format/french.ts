/**
 * French elision before a person's name: « d’Étienne », « qu’Isabelle », but « de Marc ».
 * The h of French given names is almost always mute (« d'Hélène »), so h elides too.
 */
const ELIDES = /^[aeiouyhàâäéèêëîïôöûùüœæ]/i;

export const elides = (name: string): boolean => ELIDES.test(name.trim());

export const deName = (name: string): string => (elides(name) ? `d’${name.trim()}` : `de ${name.trim()}`);

/** « que » before a name, as a prefix to put in front of it: "qu’" or "que ". */
export const quePrefix = (name: string): string => (elides(name) ? 'qu’' : 'que ');
