import { useEffect } from 'react';

/**
 * Keyboard shortcuts for the main actions, in one place:
 * - Alt+1 … Alt+9: the top navigation's sections, in order (a nav link carries
 *   `data-shortcut="nav-<n>"`);
 * - Ctrl+S (⌘S): the screen's save button (`data-shortcut="save"`), e.g. a mandate's.
 * Each control shows its shortcut in its tooltip and declares it in aria-keyshortcuts
 * (`shortcutProps`), so sighted and screen-reader users both learn it.
 */
export const shortcutProps = (id: 'save' | `nav-${number}`, title: string) => ({
  'data-shortcut': id,
  title,
  'aria-keyshortcuts': id === 'save' ? 'Control+S' : `Alt+${id.slice(4)}`,
});

const visible = (el: Element | null): el is HTMLElement => el instanceof HTMLElement && el.getClientRects().length > 0 && !el.matches(':disabled');

const onKeyDown = (e: KeyboardEvent) => {
  // A modal dialog keeps its own keys.
  if (document.querySelector('dialog[open]')) return;
  if (e.altKey && !e.ctrlKey && !e.metaKey && /^Digit[1-9]$/.test(e.code)) {
    const link = document.querySelector(`[data-shortcut="nav-${e.code.slice(5)}"]`);
    if (!visible(link)) return;
    e.preventDefault();
    link.click();
    return;
  }
  if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 's') {
    const save = [...document.querySelectorAll('#main [data-shortcut="save"]')].find(visible);
    // Never the browser's "save page" dialog, even when there is nothing to save.
    e.preventDefault();
    save?.click();
  }
};

/** Listens for the shortcuts for the app's lifetime (called once by the shell). */
export const useShortcuts = () =>
  useEffect(() => {
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
