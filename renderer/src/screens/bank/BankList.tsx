import { memo, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useVirtualizer } from '@tanstack/react-virtual';
import { EMPTY_LOAD, isOverSolicited, needsFollowUp, type PartnerLoad } from '../../../../shared/logic/load';
import type { PartnerIndex } from '../../../../shared/logic/search';
import type { OfficeSettingsFields } from '../../../../shared/model';
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
const OVERSCAN = 6;
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
export const BankList = memo(function BankList({ ids, index, loads, settings, today, scrollKey }: Props) {
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
  const items = virtual.getVirtualItems();
  const top = items[0]?.start ?? 0;
  const bottom = virtual.getTotalSize() - (items[items.length - 1]?.end ?? 0);
  const columns = [t('col.name'), t('col.step'), t('col.community'), t('col.language'), t('col.lastContact'), t('col.load')];

  const cells = (p: Partner) => {
    const load = loads.get(p.id) ?? EMPTY_LOAD;
    // Rows stay one line high (windowed list): a cell too narrow for its text ends in « … »,
    // so each such cell carries its whole text as a tooltip.
    const step = t(`steps.${p.step}`);
    const followUp = needsFollowUp(p, today, settings.followUpMonths);
    const languages = spokenLanguages(p)
      .map((l) => t(`languages.${l}`))
      .join(', ');
    const overSolicited = isOverSolicited(load, settings);
    const loadText = t('listLoad', { count: load.activeMandates, hours: fmt.number(load.hours12m, 1) });
    return (
      <>
        <td>
          <RouteLink to={{ name: 'partner', id: p.id }}>{p.anonymised ? t('profile.anonymised') : partnerDisplayName(p) || '—'}</RouteLink>{' '}
          {p.draft && <span className="badge warn">{t('draft')}</span>} {p.archived && <span className="badge">{t('archived')}</span>}
        </td>
        <td title={followUp ? `${step} · ${t('followUpBadge')}` : step}>
          <span className="badge">{t(`stepsShort.${p.step}`, { defaultValue: step })}</span>{' '}
          {followUp && <span className="badge warn">{t('followUpBadge')}</span>}
        </td>
        <td title={p.community || undefined}>{p.community ?? ''}</td>
        <td title={languages || undefined}>{languages}</td>
        <td>{fmt.shortDate(p.lastContactAt)}</td>
        <td title={overSolicited ? `${loadText} · ${t('overSolicitedBadge')}` : loadText}>
          {loadText} {overSolicited && <span className="badge danger">{t('overSolicitedBadge')}</span>}
        </td>
      </>
    );
  };

  return (
    <div ref={scroller} className="table-scroll bank-list">
      <table aria-rowcount={ids.length + 1}>
        <caption className="sr-only">{t('title')}</caption>
        <thead>
          <tr aria-rowindex={1}>
            {columns.map((c) => (
              <th key={c} scope="col" title={c === t('col.load') ? t('col.loadHelp') : undefined}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {top > 0 && <tr aria-hidden="true" className="spacer" style={{ height: top }} />}
          {items.map((item, slot) => {
            const p = index.get(ids[item.index] ?? '');
            // Keyed by place in the window, not by person: a keystroke that changes who
            // is listed rewrites the text of the same rows instead of replacing them.
            return (
              p && (
                <tr key={slot} aria-rowindex={item.index + 2}>
                  {cells(p)}
                </tr>
              )
            );
          })}
          {bottom > 0 && <tr aria-hidden="true" className="spacer" style={{ height: bottom }} />}
        </tbody>
      </table>
    </div>
  );
});
