import { create } from 'zustand';
import { parseRoute, routeHash, type Route } from '../app/route';

// Route types live with the shell (app/route.ts); re-exported for existing imports.
export { parseRoute, routeHash, type Route } from '../app/route';

/** A message kept as its key, so a notice on screen follows a change of language. */
export interface NoticeKey {
  key: string;
  ns?: string;
  params?: Record<string, unknown>;
}

export interface Notice {
  id: number;
  kind: 'success' | 'error' | 'info';
  text: string | NoticeKey;
  /** The screen that raised it: a newer notice from the same screen replaces it (the cause was fixed, or changed). */
  topic: string;
}

/** Success and information close by themselves; errors stay until read and closed, or replaced. */
export const NOTICE_AUTOCLOSE_MS = 5000;

interface UiState {
  route: Route;
  notices: Notice[];
  navigate(route: Route): void;
  syncFromHash(): void;
  notify(kind: Notice['kind'], text: string | NoticeKey): void;
  dismiss(id: number): void;
}

let noticeSeq = 0;

// The route lives in the URL fragment so a reload reopens the same screen.
export const useUi = create<UiState>((set) => ({
  route: parseRoute(window.location.hash),
  notices: [],
  navigate(route) {
    const hash = routeHash(route);
    if (window.location.hash !== hash) window.location.hash = hash;
    set({ route });
  },
  syncFromHash() {
    // Only "#/…" addresses are routes; an in-page anchor ("#main") keeps the screen.
    if (window.location.hash && !window.location.hash.startsWith('#/')) return;
    set({ route: parseRoute(window.location.hash) });
  },
  notify(kind, text) {
    const id = ++noticeSeq;
    set((s) => {
      const topic = s.route.name;
      // Information ("draft restored") never pushes out an error that has not been read.
      const replaced = (n: Notice) => n.topic === topic && (kind !== 'info' || n.kind === 'info');
      return { notices: [...s.notices.filter((n) => !replaced(n)).slice(-3), { id, kind, text, topic }] };
    });
    if (kind !== 'error') setTimeout(() => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })), NOTICE_AUTOCLOSE_MS);
  },
  dismiss(id) {
    set((s) => ({ notices: s.notices.filter((n) => n.id !== id) }));
  },
}));
