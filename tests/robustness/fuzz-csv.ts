import { createRng } from '../../shared/demo/prng';
import { decodeCsv, guessMapping, parseCsv, validateRows } from '../../shared/logic/csv';
import frBank from '../../renderer/src/locales/fr/bank.json';
import { PartnerFields } from '../../shared/model/partner';
import { generateDemo } from '../../shared/demo/generate';
import { mutateBytes } from './mutate';
import { newTally, notePeak, type Tally } from './tally';

/**
 * Feeds the CSV importer's public entry points (decode → parse → guess mapping → validate) mutated
 * files. The importer answers per row, so "refused" means rows reported with an error
 * code, and "accepted" rows must make partners the model accepts. Any throw is untyped.
 */
const SAMPLE = [
  'Prénom;Nom;Téléphone;Courriel;Ville;Langue;Rôle;Notes',
  'Julie;Gagné;418 555-0142;julie.gagne@example.org;Chibougamau;Français;UPO;Préfère le soir',
  'Réjean;Côté;(819) 555-0177;pas-un-courriel;Matagami;fr;UPA;',
  '"Hilda";"Ashkamew";873-555-0101;;Mistissini;Cri;UPA, UPO;"Notes avec ; point-virgule et ᐄᔨᔨᐤ"',
  '"=HYPERLINK(""x"")";Nomfictif;555;a@b.c;Chisasibi;en;;"""citation"""',
].join('\r\n');

// A project code is one the import screen can say in words: the keys of its translations.
const CODES = new Set(Object.keys(frBank.importer.codes));

export const fuzzCsv = (opts: { seed: number; count: number }): Tally => {
  const started = Date.now();
  const tally = newTally('CSV importer (decodeCsv → parseCsv → guessMapping → validateRows)', opts.seed);
  const rng = createRng(opts.seed);
  const existing = generateDemo({ seed: opts.seed, partners: 20, requests: 0 }).partners;
  let input = Buffer.from(SAMPLE, 'utf8');
  for (let i = 0; i < opts.count; i++) {
    // Mutations pile up for a while, then start again from the clean file.
    if (i % 8 === 0) input = Buffer.from(SAMPLE, 'utf8');
    const m = mutateBytes(rng, input);
    input = Buffer.from(m.bytes.subarray(0, 64 * 1024));
    tally.tried++;
    try {
      // The screen's own pipeline: bytes → detected encoding → rows → columns → validation.
      const parsed = parseCsv(decodeCsv(input).text);
      const result = validateRows(parsed.rows, guessMapping(parsed.headers), existing);
      const badCode = result.errors.find((e) => !CODES.has(e.code));
      const badRow = result.ok.find((r) => !PartnerFields.safeParse(r.fields).success);
      if (badCode || badRow) {
        tally.acceptedUnexpected++;
        if (tally.examples.length < 10)
          tally.examples.push(`${m.op} #${i}: ${badCode ? `unknown code ${badCode.code}` : `row ${badRow?.rowNumber} accepted but not a valid partner`}`);
      } else if (result.errors.length || !result.ok.length) {
        // A file with at least one refused row, or nothing importable, counts as refused.
        tally.refused++;
        for (const e of result.errors) tally.codes[e.code] = (tally.codes[e.code] ?? 0) + 1;
        if (!result.ok.length && !result.errors.length)
          tally.codes[result.duplicates.length ? 'duplicates_only' : 'no_rows'] =
            (tally.codes[result.duplicates.length ? 'duplicates_only' : 'no_rows'] ?? 0) + 1;
      } else tally.acceptedValid++;
    } catch (err) {
      tally.untyped++;
      if (tally.examples.length < 10) tally.examples.push(`${m.op} #${i}: ${err instanceof Error ? `${err.name}: ${err.message}` : String(err)}`.slice(0, 200));
    }
    if (i % 50 === 0) notePeak(tally);
  }
  notePeak(tally);
  tally.seconds = Math.round((Date.now() - started) / 100) / 10;
  return tally;
};
