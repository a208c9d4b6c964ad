import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { base64ToBlobUrl, saveFile } from '../files';
import { useUi } from '../store/ui';
import { useErrorText } from './useErrorText';

/**
 * Shows a PDF made by the main process, with Save and Print. The preview is a blob: URL
 * (the CSP allows frames from blob: only).
 */
export const PdfPreview = ({ title, fileName, base64, onClose }: { title: string; fileName: string; base64: string; onClose(): void }) => {
  const { t } = useTranslation();
  const notify = useUi((s) => s.notify);
  const errorText = useErrorText();
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    const u = base64ToBlobUrl(base64, 'application/pdf');
    setUrl(u);
    return () => URL.revokeObjectURL(u);
  }, [base64]);
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  // A modal: focus moves in, Escape closes it, and focus goes back to the opener (focus.ts).
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    return () => d?.close();
  }, []);
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
      <h2 id={titleId}>{title}</h2>
      <div className="actions">
        <button
          type="button"
          className="primary"
          onClick={() =>
            void saveFile(fileName, 'application/pdf', base64).then(
              (saved) => saved && notify('success', { key: 'pdf.saved', ns: 'common', params: { name: fileName } }),
              (e: unknown) => notify('error', errorText(e)),
            )
          }
        >
          {t('pdf.save')}
        </button>
        <button
          type="button"
          onClick={() => {
            const frame = document.querySelector<HTMLIFrameElement>('iframe.pdf-preview');
            frame?.contentWindow?.print();
          }}
        >
          {t('pdf.print')}
        </button>
        <button type="button" onClick={onClose}>
          {t('pdf.close')}
        </button>
      </div>
      {url && <iframe className="pdf-preview" title={title} src={url} />}
    </dialog>
  );
};
