import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BridgeFailure } from '../../bridge';
import { PdfPreview } from '../../components/PdfPreview';
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
  const { t } = useTranslation();
  const notify = useUi((s) => s.notify);
  const [shown, setShown] = useState<Previewed | null>(null);
  const [busy, setBusy] = useState(false);
  const open = async (make: () => Promise<Previewed>) => {
    setBusy(true);
    try {
      setShown(await make());
    } catch (e) {
      notify('error', t(`errors.${e instanceof BridgeFailure ? e.code : 'internal'}`, { defaultValue: t('errors.internal') }));
    } finally {
      setBusy(false);
    }
  };
  const dialog = shown && <PdfPreview {...shown} onClose={() => setShown(null)} />;
  return { open, busy, dialog };
};
