import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UiLanguage } from '../../../../../shared/model/enums';
import type { Partner } from '../../../../../shared/model/partner';
import type { Mandate, PartnerRequest } from '../../../../../shared/model/request';
import type { OfficeSettingsFields } from '../../../../../shared/model/settings';
import { attestationInputFrom, mandateSheetInputFrom } from '../../../../../shared/printables';
import { call } from '../../../bridge';
import { useErrorText } from '../../../components/useErrorText';
import { todayIso } from '../../../i18n/format';
import { useUi } from '../../../store/ui';

export type Pdf = { title: string; fileName: string; base64: string };

interface Subject {
  settings: OfficeSettingsFields;
  partner: Partner | undefined;
  request: PartnerRequest | undefined;
  /** The mandate as it stands in the editor (saved or not). */
  mandate: Mandate;
  partnerMandates: { mandate: Mandate; request: PartnerRequest }[];
  name: string;
}

/** The mandate's printables (mandate sheet, attestation), made by the main process, in the chosen language. */
export const usePrintables = ({ settings, partner, request, mandate, partnerMandates, name }: Subject, initialLang: UiLanguage) => {
  const { t } = useTranslation('requests');
  const errorText = useErrorText();
  const notify = useUi((s) => s.notify);
  const [printLang, setPrintLang] = useState<UiLanguage>(initialLang);
  const [pdf, setPdf] = useState<Pdf | null>(null);
  const [busy, setBusy] = useState(false);

  const print = async (kind: 'sheet' | 'attestation') => {
    if (!partner || !request) return;
    setBusy(true);
    try {
      const today = todayIso();
      const out =
        kind === 'sheet'
          ? await call('pdf.mandateSheet', mandateSheetInputFrom(settings, partner, request, mandate, printLang, today))
          : await call(
              'pdf.attestation',
              attestationInputFrom(
                settings,
                partner,
                partnerMandates.map((x) => (x.mandate.id === mandate.id ? { mandate, request: x.request } : x)),
                printLang,
                today,
              ),
            );
      setPdf({ title: kind === 'sheet' ? t('pdf.sheetTitle', { name }) : t('pdf.attestationTitle', { name }), fileName: out.fileName, base64: out.base64 });
    } catch (e) {
      notify('error', errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return { printLang, setPrintLang, pdf, closePdf: () => setPdf(null), busy, print };
};
