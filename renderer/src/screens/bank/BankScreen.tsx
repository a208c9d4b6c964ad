import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { builtInViews, PartnerQuery, QUERY_TEXT_MAX } from '../../../../shared/logic/partner-query';
import { SelectField, TextField } from '../../components/Fields';
import { todayIso } from '../../i18n/format';
import { useUi } from '../../store/ui';
import { useOfficeSettings } from '../../store/officeSettings';
import { useBank } from '../../store/bank';
import { exportPartnersCsv } from './exportCsv';
import { options } from '../../components/labels';
import { useSavedViews } from './useSavedViews';
import { BankList } from './BankList';
import { BankFilters } from './BankFilters';

export const BankScreen = ({ view }: { view?: 'follow_up' | 'over_solicited' }) => {
  const { t, i18n } = useTranslation('bank');
  const lang = i18n.language === 'en' ? 'en' : 'fr';
  const navigate = useUi((s) => s.navigate);
  const { t: tk } = useTranslation('keyboard');
  // Translated once per language, not on every keystroke's render.
  const L = useMemo(
    () => ({
      add: t('add'),
      asc: t('asc'),
      desc: t('desc'),
      direction: t('direction'),
      emptyBank: t('emptyBank'),
      export: t('export'),
      filters: t('filters'),
      import: t('import'),
      noResults: t('noResults'),
      search: t('search'),
      searchHint: t('searchHint'),
      sort: t('sort'),
      title: t('title'),
      view: t('view'),
      view_delete: t('views.delete'),
      view_name: t('views.name'),
      view_save: t('views.save'),
      toResults: tk('toResults'),
      toResultsHint: tk('toResultsHint'),
    }),
    [t, tk],
  );
  const notify = useUi((s) => s.notify);
  const settings = useOfficeSettings();
  const { status, index, loads, version, ensureLoaded } = useBank();
  // Opened from a home-screen card, the bank starts on that card's built-in view.
  const initialView = builtInViews.find((v) => v.query.view === view);
  const [query, setQuery] = useState<PartnerQuery>(() => PartnerQuery.parse(initialView?.query ?? {}));
  const [viewId, setViewId] = useState(initialView?.id ?? 'all');
  const saved = useSavedViews();
  const [viewName, setViewName] = useState('');

  useEffect(() => void ensureLoaded(), [ensureLoaded]);

  const today = todayIso();
  const ctx = useMemo(() => ({ loads, today, thresholds: settings }), [loads, today, settings]);
  // version changes whenever the index changes; it is the reason to re-run the query.
  const ids = useMemo(() => (status === 'ready' ? index.queryParsed(query, ctx) : []), [index, query, ctx, status, version]); // eslint-disable-line react-hooks/exhaustive-deps

  // A keystroke changes the text only: filters and sort keep their identity (a parse would
  // copy them), so the memoised filter panel and the index's filtered list are reused.
  const setText = useCallback((text: string) => setQuery((q) => ({ ...q, text: text.slice(0, QUERY_TEXT_MAX) })), []);
  // Stable, so the memoised filter panel is not re-rendered by each keystroke in the search box.
  const filter = useCallback(
    (patch: Partial<PartnerQuery['filters']>) => setQuery((q) => PartnerQuery.parse({ ...q, filters: { ...q.filters, ...patch } })),
    [],
  );
  const clearFilters = useCallback(() => setQuery((q) => PartnerQuery.parse({ text: q.text, sort: q.sort, view: q.view })), []);

  // Built once per language or saved-view change, not per keystroke.
  const allViews = useMemo(
    () => [{ id: 'all', name: t('views.all'), query: PartnerQuery.parse({}) }, ...builtInViews.map((v) => ({ ...v, name: t(v.name) })), ...saved.views],
    [t, saved.views],
  );
  const viewOptions = useMemo(() => allViews.map((v) => ({ value: v.id, label: v.name })), [allViews]);
  const sortOptions = useMemo(() => options(t, 'sorts', ['relevance', 'name', 'lastContact', 'nextStep', 'step', 'created', 'activeMandates', 'hours']), [t]);
  const chooseView = useCallback(
    (id: string) => {
      const v = allViews.find((x) => x.id === id);
      if (!v) return;
      setViewId(id);
      setQuery(PartnerQuery.parse(v.query));
    },
    [allViews],
  );
  const sortBy = useCallback((patch: Partial<PartnerQuery['sort']>) => setQuery((q) => PartnerQuery.parse({ ...q, sort: { ...q.sort, ...patch } })), []);

  const results = useRef<HTMLElement>(null);
  // The first result, or the count when there is none.
  const toResults = useCallback(
    () => (results.current?.querySelector<HTMLElement>('table a[href]') ?? results.current?.querySelector<HTMLElement>('[role="status"]'))?.focus(),
    [],
  );
  // What the buttons act on when pressed, kept out of their memoised markup.
  const current = useRef({ query, ids });
  useEffect(() => {
    current.current = { query, ids };
  });

  // The parts a keystroke in the search box does not change are memoised: typing
  // re-renders the box and the results only.
  const actions = useMemo(
    () => (
      <div className="actions">
        <button type="button" className="primary" onClick={() => navigate({ name: 'partnerNew' })}>
          {L.add}
        </button>
        <button type="button" onClick={() => navigate({ name: 'import' })}>
          {L.import}
        </button>
        <button
          type="button"
          onClick={() =>
            void exportPartnersCsv(
              current.current.ids.map((id) => index.get(id)).filter((p) => p !== undefined),
              lang,
            ).then((n) => notify('success', { key: 'exported', ns: 'bank', params: { count: n } }))
          }
        >
          {L.export}
        </button>
      </div>
    ),
    [L, navigate, index, lang, notify],
  );
  const selects = useMemo(
    () => (
      <>
        <button type="button" className="to-results" title={L.toResultsHint} aria-keyshortcuts="Enter" onClick={toResults}>
          {L.toResults}
        </button>
        <SelectField label={L.view} value={viewId} onChange={chooseView} options={viewOptions} />
        <SelectField label={L.sort} value={query.sort.key} onChange={(key) => sortBy({ key: key as PartnerQuery['sort']['key'] })} options={sortOptions} />
        <SelectField
          label={L.direction}
          value={query.sort.dir}
          onChange={(dir) => sortBy({ dir: dir === 'desc' ? 'desc' : 'asc' })}
          options={[
            { value: 'asc', label: L.asc },
            { value: 'desc', label: L.desc },
          ]}
        />
      </>
    ),
    [L, toResults, viewId, chooseView, viewOptions, query.sort, sortBy, sortOptions],
  );
  const aside = useMemo(
    () => (
      <aside className="filters card" aria-label={L.filters}>
        <h2>{L.filters}</h2>
        <BankFilters filters={query.filters} lang={lang} onFilter={filter} onClear={clearFilters} />
        <hr />
        <TextField label={L.view_name} value={viewName} onChange={setViewName} />
        <button
          type="button"
          disabled={!viewName.trim()}
          onClick={() =>
            void saved.save(viewName.trim(), current.current.query).then((id) => {
              setViewId(id);
              notify('success', { key: 'views.saved', ns: 'bank', params: { name: viewName.trim() } });
              setViewName('');
            })
          }
        >
          {L.view_save}
        </button>
        {saved.views.some((v) => v.id === viewId) && (
          <button type="button" onClick={() => void saved.remove(viewId).then(() => chooseView('all'))}>
            {L.view_delete}
          </button>
        )}
      </aside>
    ),
    [L, query.filters, lang, filter, clearFilters, viewName, saved, viewId, notify, chooseView],
  );

  return (
    <div className="screen">
      <h1>{L.title}</h1>
      {actions}
      {/* Enter in the search box, or the button after it, skips the filter panel to the results. */}
      <div
        className="toolbar"
        onKeyDown={(e) => {
          if (e.key === 'Enter' && e.target instanceof HTMLInputElement && e.target.type === 'search') {
            e.preventDefault();
            toResults();
          }
        }}
      >
        <TextField label={L.search} type="search" hint={L.searchHint} value={query.text} onChange={setText} />
        {selects}
      </div>
      <div className="split">
        {aside}
        <section aria-label={L.title} ref={results}>
          <p role="status" tabIndex={-1}>
            {status === 'ready' ? t('count', { count: ids.length }) : t('loading', { ns: 'common' })}
          </p>
          {status === 'ready' && index.size === 0 && <p>{L.emptyBank}</p>}
          {status === 'ready' && index.size > 0 && ids.length === 0 && <p>{L.noResults}</p>}
          {ids.length > 0 && <BankList ids={ids} index={index} loads={loads} settings={settings} today={today} scrollKey={query} />}
        </section>
      </div>
    </div>
  );
};
