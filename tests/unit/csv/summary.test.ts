import { describe, expect, it } from 'vitest';
import { parseCsv, validateRows } from '../../../shared/logic/csv';
import { LISTED, PREVIEWED, summarise } from '../../../renderer/src/screens/bank/import-messages';

// 1,000 invented people, every fifth repeating the one before it, every seventh without a last name.
const csv = [
  'Prénom;Nom;Téléphone',
  ...Array.from({ length: 1000 }, (_, i) => {
    const n = i % 5 === 4 ? i - 1 : i;
    return `Personne${n};${i % 7 === 6 ? '' : `Essai${n}`};418-555-${String(1000 + n).slice(-4)}`;
  }),
].join('\n');

describe('the import summary the worker sends the window', () => {
  const result = validateRows(parseCsv(csv).rows, { Prénom: 'firstName', Nom: 'lastName', Téléphone: 'phone' }, []);
  const s = summarise(result);

  it('counts every row but carries only the first rows and problem lines', () => {
    expect(result.ok.length + result.errors.length + result.duplicates.length).toBe(1000);
    expect(s.ready).toBe(result.ok.length);
    expect(s.errorCount).toBe(result.errors.length);
    expect(s.duplicateCount).toBe(result.duplicates.length);
    expect(s.preview).toEqual(result.ok.slice(0, PREVIEWED));
    expect(result.errors.length).toBeGreaterThan(LISTED);
    expect(result.duplicates.length).toBeGreaterThan(LISTED);
    expect(s.errors).toEqual(result.errors.slice(0, LISTED));
    expect(s.duplicates.map((d) => d.rowNumber)).toEqual(result.duplicates.slice(0, LISTED).map((d) => d.rowNumber));
  });

  it('leaves the duplicates’ fields in the worker', () => {
    expect(s.duplicates[0]).toEqual({ rowNumber: 6, reason: 'in_file', matchRow: 5 });
    expect(JSON.stringify(s).length).toBeLessThan(JSON.stringify(result).length / 2);
  });
});
