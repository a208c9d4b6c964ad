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
  | { name: 'settings' }
  | { name: 'committees' }
  | { name: 'committee'; id: string }
  | { name: 'committeeNew' }
  | { name: 'sessions' }
  | { name: 'session'; id: string }
  | { name: 'sessionNew' }
  | { name: 'community' }
  | { name: 'surveys' }
  | { name: 'instrument'; id: string }
  | { name: 'instrumentNew' }
  | { name: 'surveyAnswer'; id: string; about?: SurveyAbout }
  | { name: 'kiosk'; id: string; about?: SurveyAbout };

/** What a survey answer is about, carried in the address so the mandate or session links to it. */
export interface SurveyAbout {
  mandate?: string;
  step?: string;
  session?: string;
  partner?: string;
  seat?: string;
}

const ABOUT_KEYS = ['mandate', 'step', 'session', 'partner', 'seat'] as const;

const parseAbout = (query: string | undefined): SurveyAbout | undefined => {
  if (!query) return undefined;
  const params = new URLSearchParams(query);
  const about: SurveyAbout = {};
  for (const k of ABOUT_KEYS) {
    const v = params.get(k);
    if (v && /^[\w-]{1,40}$/.test(v)) about[k] = v;
  }
  return Object.keys(about).length ? about : undefined;
};

const aboutQuery = (about: SurveyAbout | undefined): string => {
  if (!about) return '';
  const params = new URLSearchParams();
  for (const k of ABOUT_KEYS) if (about[k]) params.set(k, about[k]);
  const q = params.toString();
  return q ? `?${q}` : '';
};

export const parseRoute = (hash: string): Route => {
  const [path, query] = hash.replace(/^#\/?/, '').split('?', 2);
  const parts = (path ?? '').split('/').filter(Boolean);
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
    case 'settings':
      return { name: 'settings' };
    case 'committees':
      if (b === 'new') return { name: 'committeeNew' };
      return b ? { name: 'committee', id: b } : { name: 'committees' };
    case 'sessions':
      if (b === 'new') return { name: 'sessionNew' };
      return b ? { name: 'session', id: b } : { name: 'sessions' };
    case 'community':
      return { name: 'community' };
    case 'surveys':
      if (b === 'new') return { name: 'instrumentNew' };
      if (b && parts[2] === 'answer') return { name: 'surveyAnswer', id: b, about: parseAbout(query) };
      return b ? { name: 'instrument', id: b } : { name: 'surveys' };
    case 'kiosk':
      return b ? { name: 'kiosk', id: b, about: parseAbout(query) } : { name: 'surveys' };
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
    case 'settings':
      return '#/settings';
    case 'committees':
      return '#/committees';
    case 'committee':
      return `#/committees/${r.id}`;
    case 'committeeNew':
      return '#/committees/new';
    case 'sessions':
      return '#/sessions';
    case 'session':
      return `#/sessions/${r.id}`;
    case 'sessionNew':
      return '#/sessions/new';
    case 'community':
      return '#/community';
    case 'surveys':
      return '#/surveys';
    case 'instrument':
      return `#/surveys/${r.id}`;
    case 'instrumentNew':
      return '#/surveys/new';
    case 'surveyAnswer':
      return `#/surveys/${r.id}/answer${aboutQuery(r.about)}`;
    case 'kiosk':
      return `#/kiosk/${r.id}${aboutQuery(r.about)}`;
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

// The route lives in the URL fragment so a reload reopens the same screen.
const initial = parseRoute(window.location.hash);

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
