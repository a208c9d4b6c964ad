/// <reference lib="webworker" />
import { decodeAs, decodeCsv, guessMapping, parseCsv, validateRows, type CsvMapping, type CsvValidation, type ParsedCsv } from '../../../../shared/logic/csv';
import type { Partner } from '../../../../shared/model/partner';
import { DB_NAME } from '../../db/db';
import type { ImportAnswer, ImportAsk } from './import-messages';

/**
 * The CSV import's heavy steps, off the window's thread: decode, parse, guess the columns
 * and validate 20,000 rows against the bank (read here, straight from IndexedDB, so the
 * window never clones the bank over). The parsed rows stay here; a change of encoding or
 * mapping re-validates without sending the file again.
 */
let bytes: Uint8Array | null = null;
let parsed: ParsedCsv | null = null;
let existing: Partner[] = [];

const readBank = () =>
  new Promise<Partner[]>((resolve, reject) => {
    const open = indexedDB.open(DB_NAME);
    open.onerror = () => reject(open.error ?? new Error('open'));
    open.onsuccess = () => {
      const db = open.result;
      const all = db.transaction('partners').objectStore('partners').getAll();
      all.onerror = () => reject(all.error ?? new Error('read'));
      all.onsuccess = () => {
        db.close();
        // Duplicates are checked against everyone, archived people included.
        resolve((all.result as Partner[]).filter((p) => !p.deleted));
      };
    };
  });

const answer = (msg: ImportAnswer) => postMessage(msg);

const readText = (text: string, mapping?: CsvMapping): { headers: string[]; mapping: CsvMapping } | null => {
  try {
    const p = parseCsv(text);
    if (p.headers.length === 0) throw new Error('empty');
    parsed = p;
    return { headers: p.headers, mapping: mapping ?? guessMapping(p.headers) };
  } catch {
    parsed = null;
    return null;
  }
};

/** Rows per message: the window copies each message in, so 20,000 rows arrive in short steps. */
const ROWS_PER_MESSAGE = 1000;

/** The rows ready to import go first in short messages, then the result with its problems. */
const sendResult = (result: CsvValidation, last: (r: CsvValidation) => ImportAnswer) => {
  for (let i = 0; i < result.ok.length; i += ROWS_PER_MESSAGE) answer({ kind: 'rows', rows: result.ok.slice(i, i + ROWS_PER_MESSAGE) });
  answer(last({ ...result, ok: [] }));
};

self.onmessage = async (ev: MessageEvent<ImportAsk>) => {
  const ask = ev.data;
  try {
    if (ask.kind === 'file') {
      bytes = ask.bytes;
      answer({ kind: 'progress', stage: 'reading' });
      existing = await readBank();
    }
    if (ask.kind === 'file' || ask.kind === 'encoding') {
      if (!bytes) return;
      const d = ask.kind === 'encoding' ? decodeAs(bytes, ask.encoding) : decodeCsv(bytes);
      const decoded = { encoding: d.encoding, detectedBy: d.detectedBy, replacements: d.replacements };
      const read = readText(d.text);
      if (!read || !parsed) {
        answer({ kind: 'unreadable', decoded });
        return;
      }
      answer({ kind: 'progress', stage: 'validating', rows: parsed.rows.length });
      sendResult(validateRows(parsed.rows, read.mapping, existing), (result) => ({
        kind: 'result',
        decoded,
        headers: read.headers,
        mapping: read.mapping,
        result,
      }));
      return;
    }
    if (ask.kind === 'mapping' && parsed) {
      answer({ kind: 'progress', stage: 'validating', rows: parsed.rows.length });
      const mapping = ask.mapping;
      sendResult(validateRows(parsed.rows, mapping, existing), (result) => ({ kind: 'validated', mapping, result }));
    }
  } catch {
    answer({ kind: 'failed' });
  }
};
