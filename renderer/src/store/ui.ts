import { create } from 'zustand';
import { parseRoute, routeHash, type Route } from '../app/route';

// Route types live with the shell (app/route.ts); re-exported for existing imports.
export { parseRoute, routeHash, type Route } from '../app/route';

export interface Notice {
  id: number;
  kind: 'success' | 'error' | 'info';
  text: string;
}

interface UiState {
  route: Route;
  notices: Notice[];
  navigate(route: Route): void;
  syncFromHash(): void;
  notify(kind: Notice['kind'], text: string): void;
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
    set((s) => ({ notices: [...s.notices.slice(-3), { id, kind, text }] }));
    if (kind !== 'error') setTimeout(() => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })), 5000);
  },
  dismiss(id) {
    set((s) => ({ notices: s.notices.filter((n) => n.id !== id) }));
  },
}));
