import { useEffect } from 'react';
import { useUi } from '../store/ui';

/**
 * The one focus manager of the renderer, so that keyboard users never land on <body>:
 * - after a screen change, focus goes to the new screen's <h1> (made focusable with
 *   tabIndex -1), once it has rendered;
 * - when the focused control disappears (a button replaced by a badge, a table row rebuilt
 *   after a save), focus goes to the element that carries the same `data-focus-key` (on
 *   the control itself or an ancestor: the first focusable element inside it), else to the
 *   nearest part of the page that is still there;
 * - when the focused control is only disabled for a while (an action running), focus comes
 *   back to it once it is enabled again;
 * - when a dialog closes and the browser did not put focus back, it goes to its opener;
 * - a focused control covered by a sticky bar or a notice is scrolled into clear view.
 * Screens declare nothing but `data-focus-key` on controls that replace one another.
 */

const FOCUSABLE = 'a[href], button, input, select, textarea, summary, iframe, [tabindex]';
/** How long a disabled control is waited for before focus goes elsewhere. */
const WAIT_MS = 20_000;

const isFocusable = (el: Element | null): boolean =>
  el instanceof HTMLElement &&
  el.isConnected &&
  el.matches(FOCUSABLE) &&
  !el.matches(':disabled') &&
  !el.closest('[inert], [aria-hidden="true"]') &&
  el.getClientRects().length > 0;

const firstFocusableIn = (root: Element): HTMLElement | null => {
  if (isFocusable(root)) return root as HTMLElement;
  for (const el of root.querySelectorAll<HTMLElement>(FOCUSABLE)) if (isFocusable(el) && el.tabIndex >= 0) return el;
  return null;
};

/** Focus that a keyboard user can see: programmatic focus on a heading shows no ring, the rest do. */
const focusEl = (el: HTMLElement) => {
  el.focus({ preventScroll: false });
};

export const focusHeading = (): boolean => {
  const main = document.getElementById('main');
  const h1 = main?.querySelector('h1');
  if (!h1 || h1.getClientRects().length === 0) return false;
  if (!h1.hasAttribute('tabindex')) h1.tabIndex = -1;
  focusEl(h1);
  return true;
};

interface Lost {
  el: HTMLElement;
  /** data-focus-key values of the element and its ancestors, innermost first. */
  keys: string[];
  /** Ancestors, innermost first, to fall back to the nearest part still on the page. */
  ancestors: Element[];
  /** The control that opened the dialog the element was in. */
  opener: HTMLElement | null;
  at: number;
}

const describe = (el: HTMLElement, opener: HTMLElement | null): Lost => {
  const keys: string[] = [];
  const ancestors: Element[] = [];
  for (let a: Element | null = el; a; a = a.parentElement) {
    const k = a.getAttribute('data-focus-key');
    if (k) keys.push(...k.split(/\s+/));
    if (a !== el) ancestors.push(a);
  }
  return { el, keys, ancestors, opener: el.closest('dialog') ? opener : null, at: Date.now() };
};

/** The replacement with the same key; 'wait' when its holder is there but has nothing to focus yet. */
const byKey = (keys: string[]): HTMLElement | 'wait' | null => {
  let holders = 0;
  for (const key of keys) {
    for (const holder of document.querySelectorAll(`[data-focus-key~="${CSS.escape(key)}"]`)) {
      holders++;
      const target = firstFocusableIn(holder);
      if (target) return target;
    }
  }
  return holders ? 'wait' : null;
};
/** How long a replacement that is still being built (a row saved in two writes) is waited for. */
const REBUILD_MS = 3_000;

/** Scrolls a focused control out from under anything drawn over it (sticky bar, notices). */
const uncover = (el: HTMLElement) => {
  const r = el.getBoundingClientRect();
  if (r.width === 0 || r.height === 0) return;
  const x = Math.min(Math.max(r.left + r.width / 2, 0), window.innerWidth - 1);
  const y = Math.min(Math.max(r.top + r.height / 2, 0), window.innerHeight - 1);
  const hit = document.elementFromPoint(x, y);
  const inView = r.top + r.height / 2 >= 0 && r.top + r.height / 2 < window.innerHeight;
  if (inView && hit && (el === hit || el.contains(hit) || hit.contains(el))) return;
  if (el.closest('dialog')) return;
  el.scrollIntoView({ block: 'center', inline: 'nearest' });
};

const start = () => {
  let current: Lost | null = null;
  let opener: HTMLElement | null = null;
  let lost: Lost | null = null;
  let headingWanted = false;
  let headingSince = 0;
  let scheduled = false;

  const check = () => {
    scheduled = false;
    const active = document.activeElement;
    const onBody = !active || active === document.body || active === document.documentElement;
    if (headingWanted) {
      // Someone moved focus into the new screen already (a form's autofocus): keep it.
      const main = document.getElementById('main');
      if (!onBody && main?.contains(active) && active?.tagName !== 'H1') headingWanted = false;
      else if (focusHeading()) headingWanted = false;
      else if (Date.now() - headingSince > WAIT_MS) headingWanted = false;
      if (!headingWanted) lost = null;
      return;
    }
    if (!onBody) {
      lost = null;
      return;
    }
    if (!lost && current && !isFocusable(current.el)) lost = { ...current, at: Date.now() };
    if (!lost) return;
    const l = lost;
    const back = l.opener && !l.el.closest('dialog[open]') ? l.opener : l.el;
    if (isFocusable(back)) return focusEl(back);
    // A screen's heading replaced by the next screen's: that one.
    if (back.tagName === 'H1' && focusHeading()) return;
    // Still on the page but disabled while something runs: wait for it.
    if (back.isConnected && Date.now() - l.at < WAIT_MS) return void setTimeout(schedule, 250);
    const keyed = byKey(l.keys);
    if (keyed === 'wait' && Date.now() - l.at < REBUILD_MS) return void setTimeout(schedule, 100);
    const target = (keyed !== 'wait' && keyed) || (l.ancestors.map((a) => (a.isConnected ? firstFocusableIn(a) : null)).find((x) => x) ?? null);
    if (target) focusEl(target);
    else if (focusHeading()) lost = null;
  };

  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(check);
  };

  const onFocusIn = (e: FocusEvent) => {
    if (!(e.target instanceof HTMLElement)) return;
    if (!e.target.closest('dialog')) opener = e.target;
    current = describe(e.target, opener);
    lost = null;
    const el = e.target;
    requestAnimationFrame(() => document.activeElement === el && uncover(el));
  };

  document.addEventListener('focusin', onFocusIn);
  document.addEventListener('focusout', schedule);
  const observer = new MutationObserver(schedule);
  observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['disabled', 'open', 'hidden', 'inert'] });
  const unsubscribe = useUi.subscribe((s, prev) => {
    if (s.route === prev.route) return;
    headingWanted = true;
    headingSince = Date.now();
    schedule();
  });
  return () => {
    document.removeEventListener('focusin', onFocusIn);
    document.removeEventListener('focusout', schedule);
    observer.disconnect();
    unsubscribe();
  };
};

/** Starts the focus manager for the app's lifetime (called once by the shell). */
export const useFocusManager = () => useEffect(start, []);
