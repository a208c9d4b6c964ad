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
    case 'indicators':
      return { name: 'indicators' };
    case 'portrait':
      return { name: 'portrait' };
    case 'settings':
      return { name: 'settings' };
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
    case 'settings':
      return '#/settings';
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
export const navSections = ['home', 'bank', 'requests', 'printables', 'indicators', 'sync', 'settings'] as const;
export type NavSection = (typeof navSections)[number];

/** What a feature registers for one route: the screen that shows it and its nav section. */
export interface RouteEntry<N extends RouteName> {
  section: NavSection;
  Screen: ComponentType<{ route: RouteOf<N> }>;
}

/** A feature's routes (screens/<feature>/routes.tsx); app/routes.tsx gathers them into one map. */
export type RouteScreens = { [N in RouteName]?: RouteEntry<N> };
