import { create } from 'zustand';

export type Route =
  | { name: 'home' }
  | { name: 'bank'; view?: 'follow_up' | 'over_solicited' }
  | { name: 'partner'; id: string }
  | { name: 'partnerNew' }
  | { name: 'partnerEdit'; id: string }
  | { name: 'import' }
  | { name: 'requests' }
  | { name: 'request'; id: string }
  | { name: 'requestNew' }
  | { name: 'mandate'; id: string }
  | { name: 'sync' }
  | { name: 'receive' }
  | { name: 'conflict'; key: string }
  | { name: 'rollup' }
  | { name: 'settings' };

export const parseRoute = (hash: string): Route => {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  const [a, b] = parts;
  switch (a) {
    case 'bank':
      if (b === 'new') return { name: 'partnerNew' };
      if (b === 'import') return { name: 'import' };
      if (b === 'view' && (parts[2] === 'follow_up' || parts[2] === 'over_solicited')) return { name: 'bank', view: parts[2] };
      if (b && parts[2] === 'edit') return { name: 'partnerEdit', id: b };
      return b ? { name: 'partner', id: b } : { name: 'bank' };
    case 'requests':
      if (b === 'new') return { name: 'requestNew' };
      return b ? { name: 'request', id: b } : { name: 'requests' };
    case 'mandates':
      return b ? { name: 'mandate', id: b } : { name: 'requests' };
    case 'sync':
      return { name: 'sync' };
    case 'receive':
      return { name: 'receive' };
    case 'conflicts':
      return b ? { name: 'conflict', key: decodeURIComponent(b) } : { name: 'receive' };
    case 'rollup':
      return { name: 'rollup' };
    case 'settings':
      return { name: 'settings' };
    default:
      return { name: 'home' };
  }
};

export const routeHash = (r: Route): string => {
  switch (r.name) {
    case 'home':
      return '#/';
    case 'bank':
      return r.view ? `#/bank/view/${r.view}` : '#/bank';
    case 'partner':
      return `#/bank/${r.id}`;
    case 'partnerNew':
      return '#/bank/new';
    case 'partnerEdit':
      return `#/bank/${r.id}/edit`;
    case 'import':
      return '#/bank/import';
    case 'requests':
      return '#/requests';
    case 'request':
      return `#/requests/${r.id}`;
    case 'requestNew':
      return '#/requests/new';
    case 'mandate':
      return `#/mandates/${r.id}`;
    case 'sync':
      return '#/sync';
    case 'receive':
      return '#/receive';
    case 'conflict':
      return `#/conflicts/${encodeURIComponent(r.key)}`;
    case 'rollup':
      return '#/rollup';
    case 'settings':
      return '#/settings';
  }
};

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
