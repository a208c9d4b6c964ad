import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { newPoster } from '../../../../shared/printables/poster-defaults';
import { getServices } from '../../db/services';
import { Section } from '../../components/Fields';
import { RouteLink } from '../../components/RouteLink';
import { live } from '../../db/records';
import { useUi } from '../../store/ui';
import { useOfficeSettings } from '../../store/officeSettings';
import { GuidesSection } from './GuidesSection';
import { NoticeSection } from './NoticeSection';

/** Every printable one click away: posters, the recruitment notice, the guides. */
export const PrintablesScreen = () => {
  const { t } = useTranslation('printables');
  const navigate = useUi((s) => s.navigate);
  const settings = useOfficeSettings();
  const { db, records } = getServices();
  const posters = useLiveQuery(async () => live(await db.posters.orderBy('updatedAt').reverse().toArray()), [], []);

  const create = async () => {
    const saved = await records.save('posters', newPoster(settings, t('poster.defaultName', { n: posters.length + 1 })));
    navigate({ name: 'poster', id: saved.id });
  };

  return (
    <div className="screen">
      <h1>{t('title')}</h1>
      <Section title={t('posters.title')}>
        <p className="hint">{t('posters.explain')}</p>
        {posters.length === 0 ? (
          <p>{t('posters.none')}</p>
        ) : (
          <ul className="plain-list">
            {posters.map((p) => (
              <li key={p.id}>
                <RouteLink to={{ name: 'poster', id: p.id }}>{p.name}</RouteLink>{' '}
                <span className="hint">
                  {t(`poster.papers.${p.paper}`)} · {t(`poster.languages.${p.language}`)}
                </span>
              </li>
            ))}
          </ul>
        )}
        <button type="button" className="primary" onClick={() => void create()}>
          {t('posters.new')}
        </button>
      </Section>
      <NoticeSection />
      <GuidesSection />
    </div>
  );
};
