/// <reference lib="webworker" />
import { decodeAs, decodeCsv, guessMapping, parseCsv, validateRows, type CsvMapping, type CsvValidation, type ParsedCsv } from '../../../../shared/logic/csv';
import type { Partner } from '../../../../shared/model/partner';
import { loadDeviceClock } from '../../db/clock';
import { DB_NAME, openDb } from '../../db/db';
import { Records } from '../../db/records';
import { summarise, type ImportAnswer, type ImportAsk, type ImportSummary } from './import-messages';

/**
 * The CSV import's heavy steps, off the window's thread: decode, parse, guess the columns,
 * validate 20,000 rows against the bank (read here, straight from IndexedDB, so the
 * window never clones the bank over), and at the confirmation stamp and store them
 * through the record layer. The parsed and validated rows stay here; the window gets a
 * summary. A change of encoding or mapping re-validates without sending the file again.
 */
let bytes: Uint8Array | null = null;
let parsed: ParsedCsv | null = null;
let existing: Partner[] = [];
let validated: CsvValidation | null = null;

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

/** Keeps the validation for the write and sends the window what it shows. */
const sendResult = (result: CsvValidation, last: (s: ImportSummary) => ImportAnswer) => {
  validated = result;
  answer(last(summarise(result)));
};

/** Rows per step of the write's one transaction: the progress bar moves after each. */
const WRITE_CHUNK = 1000;
/** Stamped rows per message to the window. */
const POSTED = 250;

/**
 * The write, here rather than on the window's thread: stamping 20,000 records and
 * cloning them into IndexedDB took ≈ 100 ms of the window's thread per 1,000 rows. The
 * record layer is the same as the window's (its own Dexie connection and the device
 * clock read from the database inside the transaction, as a second window would), and the
 * write is still one transaction: a crash or a cancel (the worker ended) imports nothing.
 * Each step's stamped rows go to the window as they are stamped (see 'stamped').
 */
const write = async (withDuplicates: boolean, at: string) => {
  if (!validated) return;
  const rows = [...validated.ok, ...(withDuplicates ? validated.duplicates : [])];
  const db = openDb();
  try {
    const records = new Records(db, await loadDeviceClock(db));
    const count = await records.bulkSave(
      'partners',
      rows.map((r) => ({ ...r.fields, step: 'in_bank' as const, history: [{ at, to: 'in_bank' as const, reason: 'import CSV' }], archived: false })),
      {
        validated: true,
        chunk: WRITE_CHUNK,
        onProgress: (done, total) => answer({ kind: 'writing', done, total }),
        // In slices: each message is one task on the window's thread (its clone read, then
        // the entries built), ≈ 25 ms for 250 rows on an old laptop.
        onStamped: (part) => {
          for (let i = 0; i < part.length; i += POSTED) answer({ kind: 'stamped', rows: part.slice(i, i + POSTED) });
        },
      },
    );
    answer({ kind: 'saved', count });
  } catch {
    answer({ kind: 'writeFailed' });
  } finally {
    db.close();
  }
};

self.onmessage = async (ev: MessageEvent<ImportAsk>) => {
  const ask = ev.data;
  if (ask.kind === 'write') return write(ask.withDuplicates, ask.at);
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
        validated = null;
        answer({ kind: 'unreadable', decoded });
        return;
      }
      answer({ kind: 'progress', stage: 'validating', rows: parsed.rows.length });
      sendResult(validateRows(parsed.rows, read.mapping, existing), (summary) => ({
        kind: 'result',
        decoded,
        headers: read.headers,
        mapping: read.mapping,
        summary,
      }));
      return;
    }
    if (ask.kind === 'mapping' && parsed) {
      answer({ kind: 'progress', stage: 'validating', rows: parsed.rows.length });
      const mapping = ask.mapping;
      sendResult(validateRows(parsed.rows, mapping, existing), (summary) => ({ kind: 'validated', mapping, summary }));
    }
  } catch {
    validated = null;
    answer({ kind: 'failed' });
  }
};
