import { startTransition, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { csvEncodings, partnerFields, type CsvEncoding, type CsvMapping, type PartnerField } from '../../../../shared/logic/csv';
import { formatNumber } from '../../../../shared/format/numbers';
import { PartnerIndex } from '../../../../shared/logic/search';
import { partnerDisplayName, type Partner } from '../../../../shared/model/partner';
import { getServices } from '../../db/services';
import { Checkbox, Section, SelectField } from '../../components/Fields';
import { useBank } from '../../store/bank';
import { useUi } from '../../store/ui';
import { LISTED, type DecodedInfo, type ImportAnswer, type ImportAsk, type ImportSummary } from './import-messages';

/**
 * CSV import in three visible stages: choose a file, check the column mapping and the
 * per-row problems, then confirm. Nothing touches the bank before the confirmation, and
 * the whole import is one transaction, so a crash midway imports nothing. The file's
 * encoding is detected (Excel on a French Windows writes Windows-1252), shown, and can be
 * changed; unreadable characters are counted and their rows are not imported.
 * Reading, parsing, validating and the write run in a worker (import-worker.ts), which
 * keeps the rows and sends this screen a summary (counts, the first rows and problems),
 * so the window's thread never handles 20,000 rows while it reads: a progress line and the
 * cancel button while it reads, a progress bar with counts while it writes. While it writes,
 * the worker hands over each step's stamped rows, which are kept here (their search entries
 * built step by step) and given to the change feed once the transaction commits: the bank
 * applies them in place instead of reading the whole table again.
 */
export const ImportScreen = () => {
  const { t, i18n } = useTranslation('bank');
  const { t: ti } = useTranslation('bankImport');
  const lang = i18n.language === 'en' ? 'en' : 'fr';
  const navigate = useUi((s) => s.navigate);
  const notify = useUi((s) => s.notify);
  const [headers, setHeaders] = useState<string[] | null>(null);
  const [mapping, setMapping] = useState<CsvMapping>({});
  const [unreadable, setUnreadable] = useState(false);
  const [decoded, setDecoded] = useState<DecodedInfo | null>(null);
  const [result, setResult] = useState<ImportSummary | null>(null);
  const [withDuplicates, setWithDuplicates] = useState(false);
  const [busy, setBusy] = useState(false);
  const [stage, setStage] = useState<{ stage: 'reading' | 'validating'; rows?: number } | null>(null);
  const [written, setWritten] = useState<{ done: number; total: number } | null>(null);
  const [writeFailed, setWriteFailed] = useState(false);
  const worker = useRef<Worker | null>(null);
  // The pending write: settled by the worker's 'saved' (how many, and the rows written) or 'writeFailed' (null).
  const writing = useRef<((saved: { count: number; rows: Partner[] } | null) => void) | null>(null);
  // The rows the worker stamped so far in the pending write (not durable before 'saved').
  const stamped = useRef<Partner[]>([]);

  // The bank follows the change feed only once loaded: loaded here (a no-op when the bank
  // screen opened this one), so the rows written are handed over at the commit instead of
  // the whole bank being read when the bank screen opens after "done".
  const ensureBank = useBank((s) => s.ensureLoaded);
  useEffect(() => void ensureBank(), [ensureBank]);

  // One worker per visit of the screen; leaving (or cancelling) stops whatever it was doing.
  useEffect(() => {
    const w = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (ev: MessageEvent<ImportAnswer>) => {
      const a = ev.data;
      if (a.kind === 'progress') return setStage({ stage: a.stage, rows: a.rows });
      if (a.kind === 'stamped') {
        // One short task per step: the entries are built now, so applying 20,000 rows at
        // the commit only files them (PartnerIndex keeps them by row object).
        PartnerIndex.prepare(a.rows);
        for (const r of a.rows) stamped.current.push(r);
        return;
      }
      if (a.kind === 'writing') return setWritten({ done: a.done, total: a.total });
      if (a.kind === 'saved' || a.kind === 'writeFailed') {
        const rows = stamped.current;
        stamped.current = [];
        // Rolled back: the rows kept so far were never stored, and are dropped.
        writing.current?.(a.kind === 'saved' ? { count: a.count, rows } : null);
        writing.current = null;
        return;
      }
      // The result (the mapping's selects, the preview, up to 200 problem lines) renders as a
      // transition, which React slices into steps of a few milliseconds: rendered in one go it
      // froze the page ≈ 200 ms on a loaded machine. The progress line stays until it is shown.
      startTransition(() => {
        setStage(null);
        if (a.kind === 'failed' || a.kind === 'unreadable') {
          setHeaders(null);
          setResult(null);
          setUnreadable(true);
          if (a.kind === 'unreadable') setDecoded(a.decoded);
          return;
        }
        if (a.kind === 'result') {
          setDecoded(a.decoded);
          setHeaders(a.headers);
          setUnreadable(false);
        }
        setMapping(a.mapping);
        setResult(a.summary);
      });
    };
    worker.current = w;
    return () => {
      w.terminate();
      stamped.current = [];
    };
  }, []);

  const ask = (msg: ImportAsk, transfer: Transferable[] = []) => worker.current?.postMessage(msg, transfer);

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setStage({ stage: 'reading' });
    const bytes = new Uint8Array(await file.arrayBuffer());
    ask({ kind: 'file', bytes }, [bytes.buffer]);
  };

  const onEncoding = (encoding: CsvEncoding) => ask({ kind: 'encoding', encoding });
  const onMapping = (next: CsvMapping) => {
    setMapping(next);
    ask({ kind: 'mapping', mapping: next });
  };

  const toImport = result ? result.ready + (withDuplicates ? result.duplicateCount : 0) : 0;

  const confirm = async () => {
    if (toImport === 0) return;
    setBusy(true);
    setWriteFailed(false);
    try {
      const saved = await new Promise<{ count: number; rows: Partner[] } | null>((resolve) => {
        stamped.current = [];
        writing.current = resolve;
        ask({ kind: 'write', withDuplicates, at: new Date().toISOString() });
      });
      if (!saved) {
        setWriteFailed(true);
        return;
      }
      // The worker's connection committed: the bank's views follow through the change feed,
      // handed the rows as stored (many rows: one bulk change, applied in place). Should a
      // step's rows have gone missing, told without rows: the bank reads the table again.
      const { count, rows } = saved;
      await getServices().records.announceMerged('partners', rows.length === count ? rows : undefined);
      // The bank screen's first render (sorting 20,000 people) in a task of its own.
      await new Promise((r) => setTimeout(r, 0));
      notify('success', { key: 'importer.done', ns: 'bank', params: { count } });
      navigate({ name: 'bank' });
    } finally {
      setBusy(false);
      setWritten(null);
    }
  };

  const fieldOptions = partnerFields.map((f) => ({ value: f, label: t(`columns.${f}`) }));

  return (
    <div className="screen">
      <h1>{t('importer.title')}</h1>
      <p>{t('importer.explain')}</p>
      <div className="field">
        <label htmlFor="csv-file">{t('importer.file')}</label>
        <input id="csv-file" type="file" accept=".csv,text/csv" onChange={(e) => void onFile(e.target.files?.[0])} />
      </div>
      {decoded && (
        <div className="toolbar">
          <SelectField
            label={t('importer.encoding')}
            value={decoded.encoding}
            onChange={(v) => onEncoding(v as CsvEncoding)}
            options={csvEncodings.map((e) => ({ value: e, label: t(`importer.encodings.${e}`) }))}
          />
          <p role="status">
            {t('importer.encodingDetected', { encoding: t(`importer.encodings.${decoded.encoding}`), how: t(`importer.detectedBy.${decoded.detectedBy}`) })}
          </p>
        </div>
      )}
      {stage && (
        <div className="import-progress">
          <p role="status">
            {stage.stage === 'reading' ? ti('reading') : ti('validating', { count: stage.rows ?? 0, formatted: formatNumber(stage.rows ?? 0, lang) })}
          </p>
          <progress aria-label={ti('working')} />
          <button type="button" onClick={() => navigate({ name: 'bank' })}>
            {t('importer.cancel')}
          </button>
        </div>
      )}
      {decoded && decoded.replacements > 0 && (
        <p role="alert">{t('importer.replacements', { count: decoded.replacements, formatted: formatNumber(decoded.replacements, lang) })}</p>
      )}
      {unreadable && <p role="alert">{t('importer.unreadable')}</p>}
      {headers && result && (
        <>
          <Section title={t('importer.mapping')}>
            <div className="grid-2">
              {headers.map((h) => (
                <SelectField
                  key={h}
                  label={t('importer.column', { header: h })}
                  value={mapping[h] ?? ''}
                  placeholder={t('importer.ignore')}
                  options={fieldOptions}
                  onChange={(v) => onMapping({ ...mapping, [h]: (v || null) as PartnerField | null })}
                />
              ))}
            </div>
          </Section>
          <Section title={t('importer.preview')}>
            <p role="status">{t('importer.ready', { count: result.ready })}</p>
            {result.preview.length > 0 && (
              <table>
                <caption className="sr-only">{t('importer.previewCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">#</th>
                    <th scope="col">{t('col.name')}</th>
                    <th scope="col">{t('col.community')}</th>
                    <th scope="col">{t('form.phone')}</th>
                    <th scope="col">{t('form.email')}</th>
                  </tr>
                </thead>
                <tbody>
                  {result.preview.map((r) => (
                    <tr key={r.rowNumber}>
                      <td>{r.rowNumber}</td>
                      <td>{partnerDisplayName(r.fields)}</td>
                      <td>{r.fields.community ?? ''}</td>
                      <td>{r.fields.phone ?? ''}</td>
                      <td>{r.fields.email ?? ''}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </Section>
          {result.errorCount > 0 && (
            <Section title={t('importer.errors')}>
              <ul>
                {result.errors.map((e, i) => (
                  <li key={`${e.rowNumber}-${i}`}>
                    {t('importer.errorLine', {
                      row: e.rowNumber,
                      message: t(`importer.codes.${e.code}`, { max: e.max === undefined ? '' : formatNumber(e.max, lang) }),
                      column: e.column ? t('importer.inColumn', { column: e.column }) : '',
                    })}
                  </li>
                ))}
              </ul>
              {result.errorCount > LISTED && (
                <p>{ti('more', { count: result.errorCount - LISTED, formatted: formatNumber(result.errorCount - LISTED, lang) })}</p>
              )}
            </Section>
          )}
          {result.duplicateCount > 0 && (
            <Section title={t('importer.duplicates')}>
              <ul>
                {result.duplicates.map((d) => (
                  <li key={d.rowNumber}>
                    {t('importer.duplicateLine', { row: d.rowNumber, reason: t(`importer.dupReasons.${d.reason}`, { row: d.matchRow }) })}
                  </li>
                ))}
              </ul>
              {result.duplicateCount > LISTED && (
                <p>{ti('more', { count: result.duplicateCount - LISTED, formatted: formatNumber(result.duplicateCount - LISTED, lang) })}</p>
              )}
              <Checkbox label={t('importer.importDuplicates')} checked={withDuplicates} onChange={setWithDuplicates} />
            </Section>
          )}
          {written && (
            <div className="import-progress">
              <progress aria-label={ti('writing')} value={written.done} max={written.total} />
              <p role="status">{ti('written', { done: formatNumber(written.done, lang), total: formatNumber(written.total, lang) })}</p>
            </div>
          )}
          {writeFailed && <p role="alert">{ti('writeFailed')}</p>}
          <div className="actions">
            <button type="button" className="primary" disabled={busy || toImport === 0} onClick={() => void confirm()}>
              {toImport === 0 ? t('importer.nothing') : t('importer.confirm', { count: toImport })}
            </button>
            <button type="button" disabled={busy} onClick={() => navigate({ name: 'bank' })}>
              {t('importer.cancel')}
            </button>
          </div>
        </>
      )}
    </div>
  );
};
