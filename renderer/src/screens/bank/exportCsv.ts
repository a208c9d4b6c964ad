import { defaultExportColumns, partnersToCsv } from '../../../../shared/logic/csv';
import type { Partner } from '../../../../shared/model/partner';
import { saveFile, textToBase64 } from '../../files';
import { todayIso } from '../../i18n/format';

/** Exports exactly the list on screen (search, filters and view applied). Anonymised records are left out. */
export const exportPartnersCsv = async (partners: Partner[], lang: 'fr' | 'en'): Promise<number> => {
  const rows = partners.filter((p) => !p.anonymised);
  const csv = partnersToCsv(rows, defaultExportColumns, lang);
  await saveFile(`${lang === 'en' ? 'partners' : 'usagers-partenaires'}-${todayIso()}.csv`, 'text/csv', textToBase64(csv));
  return rows.length;
};
