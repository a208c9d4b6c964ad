/** Step 1 of the import: decoded text → header and rows (delimiter detected). */
import Papa from 'papaparse';
import type { CsvRow, ParsedCsv } from './types';

const countOutsideQuotes = (line: string, ch: string): number => {
  let n = 0;
  let inQuotes = false;
  for (const c of line) {
    if (c === '"') inQuotes = !inQuotes;
    else if (c === ch && !inQuotes) n++;
  }
  return n;
};

/** Reads CSV text; the delimiter (',', ';' or tab) is detected from the header line. */
export function parseCsv(text: string): ParsedCsv {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const firstLine = body.split(/\r\n|\n|\r/, 1)[0] ?? '';
  const candidates = [';', ',', '\t'] as const;
  let delimiter: ParsedCsv['delimiter'] = ',';
  let best = 0;
  for (const c of candidates) {
    const n = countOutsideQuotes(firstLine, c);
    if (n > best) {
      best = n;
      delimiter = c;
    }
  }
  const result = Papa.parse<string[]>(body, { delimiter, skipEmptyLines: false });
  const records = result.data;
  const headerCells = records[0] ?? [];
  const seen = new Map<string, number>();
  const headers = headerCells.map((h, i) => {
    const base = h.trim() || `#${i + 1}`;
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    // Two columns both titled "Notes" must stay distinct for the mapping.
    return count === 0 ? base : `${base} (${count + 1})`;
  });
  const rows: CsvRow[] = [];
  for (let r = 1; r < records.length; r++) {
    const cells = records[r] ?? [];
    if (cells.every((c) => c.trim() === '')) continue;
    const values: Record<string, string> = {};
    headers.forEach((h, i) => {
      values[h] = cells[i] ?? '';
    });
    rows.push({ rowNumber: r + 1, values });
  }
  return { headers, rows, delimiter };
}
