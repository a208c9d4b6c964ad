import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { saveFile } from '../files';
import { useUi } from '../store/ui';
import { renderPages } from './pdfPages';
import { useErrorText } from './useErrorText';

type Mime = 'application/pdf' | 'image/png';

/** Width of a page on screen; the print copy is drawn at about 150 dpi. */
const SCREEN_WIDTH = 720;
const PRINT_WIDTH = 1275;

/**
 * Prints what the preview shows: the pages as pictures in a print-only container while the
 * app itself is hidden by the print style sheet, so no browser PDF viewer is needed.
 */
const printImages = (urls: string[]) => {
  // A previous print whose dialog never reported closing leaves its pages behind.
  for (const old of document.querySelectorAll('.print-pages')) old.remove();
  const holder = document.createElement('div');
  holder.className = 'print-pages';
  for (const url of urls) {
    const img = document.createElement('img');
    img.src = url;
    img.alt = '';
    holder.append(img);
  }
  document.body.append(holder);
  document.body.classList.add('printing');
  const done = () => {
    document.body.classList.remove('printing');
    holder.remove();
    window.removeEventListener('afterprint', done);
  };
  window.addEventListener('afterprint', done);
  void Promise.all([...holder.querySelectorAll('img')].map((i) => i.decode().catch(() => undefined))).then(() => window.print());
};

/*
 * The control that opened a preview is often disabled while the document is being made,
 * which drops its focus to <body>; the last element that had focus is remembered so focus
 * can still go back to it when the preview closes.
 */
let lastFocused: HTMLElement | null = null;
document.addEventListener('focusin', (e) => {
  if (e.target instanceof HTMLElement && !e.target.closest('dialog')) lastFocused = e.target;
});
const opener = (): HTMLElement | null => {
  const active = document.activeElement;
  if (active instanceof HTMLElement && active !== document.body) return active;
  return lastFocused?.isConnected ? lastFocused : null;
};

/**
 * A modal preview of a PDF (pages drawn with pdf.js) or a PNG, with Save and Print.
 * Built on <dialog>: focus moves in when it opens, Escape closes it, and focus returns to
 * the control that opened it.
 */
export const PdfPreview = ({
  title,
  fileName,
  base64,
  onClose,
  mime = 'application/pdf',
  notice,
}: {
  title: string;
  fileName: string;
  base64: string;
  onClose(): void;
  mime?: Mime;
  notice?: string;
}) => {
  const { t } = useTranslation();
  const notify = useUi((s) => s.notify);
  const errorText = useErrorText();
  const dialog = useRef<HTMLDialogElement>(null);
  const pagesRef = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const [state, setState] = useState<'loading' | 'ready' | 'failed'>(mime === 'image/png' ? 'ready' : 'loading');
  const [pageCount, setPageCount] = useState(0);

  // Open as a modal and give focus back to the opener on the way out.
  useEffect(() => {
    const back = opener();
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    return () => {
      if (d?.open) d.close();
      back?.focus();
    };
  }, []);

  useEffect(() => {
    if (mime !== 'application/pdf') return;
    const signal = { cancelled: false };
    setState('loading');
    renderPages(base64, SCREEN_WIDTH, signal).then(
      (canvases) => {
        const holder = pagesRef.current;
        if (signal.cancelled || !holder) return;
        holder.replaceChildren(
          ...canvases.map((c, i) => {
            c.setAttribute('role', 'img');
            c.setAttribute('aria-label', t('pdf.page', { current: i + 1, total: canvases.length }));
            return c;
          }),
        );
        setPageCount(canvases.length);
        setState('ready');
      },
      () => !signal.cancelled && setState('failed'),
    );
    return () => {
      signal.cancelled = true;
    };
  }, [base64, mime, t]);

  const save = () =>
    void saveFile(fileName, mime, base64).then(
      (saved) => saved && notify('success', { key: 'pdf.saved', ns: 'common', params: { name: fileName } }),
      (e: unknown) => notify('error', errorText(e)),
    );

  const print = async () => {
    if (mime === 'image/png') return printImages([`data:image/png;base64,${base64}`]);
    const canvases = await renderPages(base64, PRINT_WIDTH, { cancelled: false });
    printImages(canvases.map((c) => c.toDataURL('image/png')));
  };

  return (
    <dialog
      ref={dialog}
      className="preview-dialog"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <div className="preview-head">
        <h2 id={titleId}>{title}</h2>
        <div className="actions">
          <button type="button" className="primary" onClick={save} disabled={state === 'loading'}>
            {mime === 'image/png' ? t('pdf.saveImage') : t('pdf.save')}
          </button>
          <button type="button" onClick={() => void print()} disabled={state !== 'ready'}>
            {t('pdf.print')}
          </button>
          <button type="button" onClick={onClose}>
            {t('pdf.close')}
          </button>
        </div>
      </div>
      {notice && <p className="notice-inline">{notice}</p>}
      <div className="preview-body" aria-busy={state === 'loading'}>
        {state === 'loading' && <p>{t('pdf.loading')}</p>}
        {state === 'failed' && <p role="alert">{t('pdf.previewFailed')}</p>}
        {mime === 'image/png' ? (
          <img className="preview-image" src={`data:image/png;base64,${base64}`} alt={title} />
        ) : (
          <div ref={pagesRef} className="preview-pages" aria-label={t('pdf.pages', { count: pageCount })} role="group" />
        )}
      </div>
    </dialog>
  );
};
