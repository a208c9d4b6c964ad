import { create } from 'zustand';
import { parseRoute, routeHash, type Route } from '../app/route';

// Route types live with the shell (app/route.ts); re-exported for existing imports.
export { parseRoute, routeHash, type Route, type SurveyAbout } from '../app/route';

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
  /**
   * While someone answers a survey on the laptop, the app stays on that survey: other
   * addresses (the back key, a typed link) are refused until the coordinator leaves it.
   */
  kiosk: Route | null;
  exitKiosk(to: Route): void;
  notices: Notice[];
  navigate(route: Route): void;
  syncFromHash(): void;
  notify(kind: Notice['kind'], text: string | NoticeKey): void;
  dismiss(id: number): void;
}

let noticeSeq = 0;

const initial = parseRoute(window.location.hash);

// The route lives in the URL fragment so a reload reopens the same screen.
export const useUi = create<UiState>((set, get) => ({
  route: initial,
  kiosk: initial.name === 'kiosk' ? initial : null,
  notices: [],
  navigate(route) {
    const locked = get().kiosk;
    const to = locked ?? route;
    const hash = routeHash(to);
    if (window.location.hash !== hash) window.location.hash = hash;
    set({ route: to, kiosk: locked ?? (to.name === 'kiosk' ? to : null) });
  },
  syncFromHash() {
    const locked = get().kiosk;
    if (locked) {
      const hash = routeHash(locked);
      if (window.location.hash !== hash) window.location.replace(hash);
      return;
    }
    // Only "#/…" addresses are routes; an in-page anchor ("#main") keeps the screen.
    if (window.location.hash && !window.location.hash.startsWith('#/')) return;
    const route = parseRoute(window.location.hash);
    set({ route, kiosk: route.name === 'kiosk' ? route : null });
  },
  exitKiosk(to) {
    set({ kiosk: null });
    get().navigate(to);
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
