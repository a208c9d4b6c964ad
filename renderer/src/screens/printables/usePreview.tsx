import { useState } from 'react';
import { PdfPreview } from '../../components/PdfPreview';
import { useErrorText } from '../../components/useErrorText';
import { useUi } from '../../store/ui';

export interface Previewed {
  title: string;
  fileName: string;
  base64: string;
  mime: 'application/pdf' | 'image/png';
  notice?: string;
}

/** Runs a bridge call that makes a printable and shows the result in the preview dialog. */
export const usePreview = () => {
  const errorText = useErrorText();
  const notify = useUi((s) => s.notify);
  const [shown, setShown] = useState<Previewed | null>(null);
  const [busy, setBusy] = useState(false);
  const open = async (make: () => Promise<Previewed>) => {
    setBusy(true);
    try {
      setShown(await make());
    } catch (e) {
      notify('error', errorText(e));
    } finally {
      setBusy(false);
    }
  };
  const dialog = shown && <PdfPreview {...shown} onClose={() => setShown(null)} />;
  return { open, busy, dialog };
};
