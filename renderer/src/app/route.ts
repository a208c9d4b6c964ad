import type { ComponentType } from 'react';

/**
 * The route types: every screen the shell can show, its address in the URL fragment (so
 * a reload reopens the same screen) and the nav section it belongs to. This module imports
 * nothing from the renderer, so every layer (screens included) may import it; everything
 * else in app/ is the shell, which screens must not import.
 */
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
  | { name: 'printables' }
  | { name: 'poster'; id: string }
  | { name: 'guide'; guide: string; language: string }
  | { name: 'indicators' }
  | { name: 'portrait' }
  | { name: 'receive' }
  | { name: 'conflict'; key: string }
  | { name: 'rollup' }
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
    case 'indicators':
      return { name: 'indicators' };
    case 'portrait':
      return { name: 'portrait' };
    case 'receive':
      return { name: 'receive' };
    case 'conflicts':
      return b ? { name: 'conflict', key: decodeURIComponent(b) } : { name: 'receive' };
    case 'rollup':
      return { name: 'rollup' };
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
    case 'printables':
      if (b === 'poster' && parts[2]) return { name: 'poster', id: parts[2] };
      if (b === 'guide' && parts[2] && parts[3]) return { name: 'guide', guide: parts[2], language: parts[3] };
      return { name: 'printables' };
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
    case 'indicators':
      return '#/indicators';
    case 'portrait':
      return '#/portrait';
    case 'receive':
      return '#/receive';
    case 'conflict':
      return `#/conflicts/${encodeURIComponent(r.key)}`;
    case 'rollup':
      return '#/rollup';
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
    case 'printables':
      return '#/printables';
    case 'poster':
      return `#/printables/poster/${r.id}`;
    case 'guide':
      return `#/printables/guide/${r.guide}/${r.language}`;
  }
};

export type RouteName = Route['name'];
export type RouteOf<N extends RouteName> = Extract<Route, { name: N }>;

/** The top navigation, in order; each route lights up one of these. */
export const navSections = [
  'home',
  'bank',
  'requests',
  'committees',
  'sessions',
  'surveys',
  'printables',
  'indicators',
  'sync',
  'receive',
  'rollup',
  'settings',
] as const;
export type NavSection = (typeof navSections)[number];

/** What a feature registers for one route: the screen that shows it and its nav section. */
export interface RouteEntry<N extends RouteName> {
  section: NavSection;
  Screen: ComponentType<{ route: RouteOf<N> }>;
  /** Drawn without the shell (no navigation, no notices): the survey kiosk. */
  bare?: boolean;
}

/** A feature's routes (screens/<feature>/routes.tsx); app/routes.tsx gathers them into one map. */
export type RouteScreens = { [N in RouteName]?: RouteEntry<N> };
