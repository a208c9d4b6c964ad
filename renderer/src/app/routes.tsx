import { bankRoutes } from '../screens/bank/routes';
import { HomeScreen } from '../screens/home/HomeScreen';
import { printableRoutes } from '../screens/printables/routes';
import { indicatorRoutes } from '../screens/indicators/routes';
import { requestRoutes } from '../screens/requests/routes';
import { SettingsScreen } from '../screens/settings/SettingsScreen';
import { syncRoutes } from '../screens/sync/routes';
import type { Route, RouteEntry, RouteName } from './route';

/**
 * The one route map: every route name to its screen and nav section. A feature registers
 * its screens in its own `screens/<feature>/routes.tsx` and is spread in here; the type
 * makes a route without a screen a compile error.
 */
export const routeMap: { [N in RouteName]: RouteEntry<N> } = {
  home: { section: 'home', Screen: HomeScreen },
  settings: { section: 'settings', Screen: SettingsScreen },
  ...bankRoutes,
  ...requestRoutes,
  ...syncRoutes,
  ...printableRoutes,
  ...indicatorRoutes,
};

export const entryFor = (route: Route): RouteEntry<RouteName> => routeMap[route.name] as RouteEntry<RouteName>;
