import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { UiLanguage } from '../../../../shared/model/enums';
import { GuideKey, guideRecordId } from '../../../../shared/model/printables';
import { originalGuide } from '../../../../shared/printables/guides';
import { getServices } from '../../db/services';
import { Section } from '../../components/Fields';
import { RouteLink } from '../../components/RouteLink';
import { live } from '../../db/records';

/** The six guides and leaflets, each in French and English, marked when the office changed them. */
export const GuidesSection = () => {
  const { t } = useTranslation('printables');
  const { db } = getServices();
  const edited = useLiveQuery(async () => new Set(live(await db.guides.toArray()).map((g) => g.id)), [], new Set<string>());
  return (
    <Section title={t('guides.title')}>
      <p className="hint">{t('guides.explain')}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('guides.guide')}</th>
            {UiLanguage.options.map((l) => (
              <th key={l} scope="col">
                {t(`poster.languages.${l}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {GuideKey.options.map((g) => (
            <tr key={g}>
              <th scope="row">{originalGuide(g, 'fr').title}</th>
              {UiLanguage.options.map((l) => (
                <td key={l}>
                  <RouteLink to={{ name: 'guide', guide: g, language: l }}>{originalGuide(g, l).title}</RouteLink>
                  {edited.has(guideRecordId(g, l)) && <span className="badge">{t('guides.edited')}</span>}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </Section>
  );
};
