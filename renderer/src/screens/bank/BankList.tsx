import { memo, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useVirtualizer } from '@tanstack/react-virtual';
import { EMPTY_LOAD, isOverSolicited, makeFollowUpTest, type PartnerLoad } from '../../../../shared/logic/load';
import type { PartnerIndex } from '../../../../shared/logic/search';
import { PipelineStep, type OfficeSettingsFields } from '../../../../shared/model';
import { partnerDisplayName, spokenLanguages, type Partner } from '../../../../shared/model/partner';
import { RouteLink } from '../../components/RouteLink';
import { useFormat } from '../../i18n/format';

interface Props {
  ids: readonly string[];
  index: PartnerIndex;
  loads: ReadonlyMap<string, PartnerLoad>;
  settings: Pick<OfficeSettingsFields, 'overloadMandates' | 'overloadHours' | 'followUpMonths'>;
  today: string;
  /** A new search or filter (not a record changing under it) starts the list at its top. */
  scrollKey: unknown;
}

/**
 * Rows drawn beyond the visible ones, so scrolling and tabbing find them already there;
 * few, since each is re-drawn on every keystroke.
 */
const OVERSCAN = 2;
/**
 * Rows are one line high (styles.css, .bank-list): a fixed height and a fixed table
 * layout mean a keystroke neither measures rows nor re-lays out columns for new contents.
 */
const ROW_HEIGHT = 36;

/**
 * The bank's result list, windowed: every match is reachable by scrolling, but only the
 * rows in view (plus a margin) are in the DOM, so a keystroke that changes 20,000 results
 * renders a few dozen rows. It stays a real <table> (caption, column headers); the table
 * announces the whole count (aria-rowcount) and each row its place (aria-rowindex), and
 * spacer rows hidden from assistive technology keep the scroll height true.
 * Memoised: a keystroke re-renders it only when the ids change.
 */
/** What every row shows that depends only on the language: translated once per language, not once per cell per keystroke. */
interface Labels {
  step: Record<string, string>;
  stepShort: Record<string, string>;
  language: (code: string) => string;
  draft: string;
  archived: string;
  anonymised: string;
  followUp: string;
  overSolicited: string;
  /** A load's text ("2 mandats, 3,5 h"), memoised by its figures: a few dozen distinct ones. */
  load: (l: PartnerLoad) => string;
}

interface RowProps {
  p: Partner;
  load: PartnerLoad;
  rowIndex: number;
  labels: Labels;
  followUp: boolean;
  overSolicited: boolean;
  lastContact: string;
}

/**
 * One row, memoised: a keystroke that keeps a person in the same place of the window
 * (most keystrokes once a word narrows the list) leaves that row alone.
 */
const BankRow = memo(function BankRow({ p, load, rowIndex, labels, followUp, overSolicited, lastContact }: RowProps) {
  // Rows stay one line high (windowed list): a cell too narrow for its text ends in « … »,
  // so each such cell carries its whole text as a tooltip.
  const step = labels.step[p.step] ?? p.step;
  const languages = spokenLanguages(p).map(labels.language).join(', ');
  const loadText = labels.load(load);
  return (
    <tr aria-rowindex={rowIndex}>
      <td>
        <RouteLink to={{ name: 'partner', id: p.id }}>{p.anonymised ? labels.anonymised : partnerDisplayName(p) || '—'}</RouteLink>{' '}
        {p.draft && <span className="badge warn">{labels.draft}</span>} {p.archived && <span className="badge">{labels.archived}</span>}
      </td>
      <td title={followUp ? `${step} · ${labels.followUp}` : step}>
        <span className="badge">{labels.stepShort[p.step] ?? step}</span> {followUp && <span className="badge warn">{labels.followUp}</span>}
      </td>
      <td title={p.community || undefined}>{p.community ?? ''}</td>
      <td title={languages || undefined}>{languages}</td>
      <td>{lastContact}</td>
      <td title={overSolicited ? `${loadText} · ${labels.overSolicited}` : loadText}>
        {loadText} {overSolicited && <span className="badge danger">{labels.overSolicited}</span>}
      </td>
    </tr>
  );
});

export const BankList = memo(
  function BankList({ ids, index, loads, settings, today, scrollKey }: Props) {
    const { t } = useTranslation('bank');
    const fmt = useFormat();
    const scroller = useRef<HTMLDivElement>(null);
    const virtual = useVirtualizer({
      count: ids.length,
      getScrollElement: () => scroller.current,
      estimateSize: () => ROW_HEIGHT,
      overscan: OVERSCAN,
      // Before the first layout (and in a page without layout) draw a screenful anyway.
      initialRect: { width: 1000, height: 800 },
    });
    // Only when scrolled: scrolling to where it already is would make the browser lay the
    // page out in the middle of the keystroke, to measure how far it may scroll.
    useEffect(() => {
      if ((virtual.scrollOffset ?? 0) > 0) virtual.scrollToOffset(0);
    }, [scrollKey, virtual]);
    const labels = useMemo<Labels>(() => {
      const loadTexts = new Map<string, string>();
      const languageNames = new Map<string, string>();
      return {
        step: Object.fromEntries(PipelineStep.options.map((s) => [s, t(`steps.${s}`)])),
        stepShort: Object.fromEntries(PipelineStep.options.map((s) => [s, t(`stepsShort.${s}`, { defaultValue: t(`steps.${s}`) })])),
        language: (code) => {
          let name = languageNames.get(code);
          if (name === undefined) languageNames.set(code, (name = t(`languages.${code}`)));
          return name;
        },
        draft: t('draft'),
        archived: t('archived'),
        anonymised: t('profile.anonymised'),
        followUp: t('followUpBadge'),
        overSolicited: t('overSolicitedBadge'),
        load: (l) => {
          const key = `${l.activeMandates}|${l.hours12m}`;
          let text = loadTexts.get(key);
          if (text === undefined) loadTexts.set(key, (text = t('listLoad', { count: l.activeMandates, hours: fmt.number(l.hours12m, 1) })));
          return text;
        },
      };
    }, [t, fmt]);
    const followUpTest = useMemo(() => makeFollowUpTest(today, settings.followUpMonths), [today, settings.followUpMonths]);
    const items = virtual.getVirtualItems();
    const top = items[0]?.start ?? 0;
    const bottom = virtual.getTotalSize() - (items[items.length - 1]?.end ?? 0);
    const head = useMemo(
      () => (
        <>
          <caption className="sr-only">{t('title')}</caption>
          <thead>
            <tr aria-rowindex={1}>
              {(['name', 'step', 'community', 'language', 'lastContact', 'load'] as const).map((c) => (
                <th key={c} scope="col" title={c === 'load' ? t('col.loadHelp') : undefined}>
                  {t(`col.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
        </>
      ),
      [t],
    );

    return (
      <div ref={scroller} className="table-scroll bank-list">
        <table aria-rowcount={ids.length + 1}>
          {head}
          <tbody>
            {top > 0 && <tr aria-hidden="true" className="spacer" style={{ height: top }} />}
            {items.map((item, slot) => {
              const p = index.get(ids[item.index] ?? '');
              if (!p) return null;
              const load = loads.get(p.id) ?? EMPTY_LOAD;
              // Keyed by place in the window, not by person: a keystroke that changes who
              // is listed rewrites the text of the same rows instead of replacing them.
              return (
                <BankRow
                  key={slot}
                  p={p}
                  load={load}
                  rowIndex={item.index + 2}
                  labels={labels}
                  followUp={followUpTest(p) !== null}
                  overSolicited={isOverSolicited(load, settings)}
                  lastContact={fmt.shortDate(p.lastContactAt)}
                />
              );
            })}
            {bottom > 0 && <tr aria-hidden="true" className="spacer" style={{ height: bottom }} />}
          </tbody>
        </table>
      </div>
    );
  },
  // scrollKey alone is no reason to draw again: a keystroke whose answer is the same array
  // (search.ts hands it back) leaves the list alone; the next answer that does change scrolls
  // it to the top, since scrollKey has changed by then.
  (a, b) => a.ids === b.ids && a.index === b.index && a.loads === b.loads && a.settings === b.settings && a.today === b.today,
);
