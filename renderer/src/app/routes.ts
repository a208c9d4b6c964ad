import type { ComponentType } from 'react';
import { bankRoutes } from '../screens/bank/routes';
import { committeeRoutes } from '../screens/committees/routes';
import { communityRoutes } from '../screens/community/routes';
import { sessionRoutes } from '../screens/sessions/routes';
import { KioskRoute, surveyRoutes } from '../screens/surveys/routes';
import { requestRoutes } from '../screens/requests/routes';
import { syncRoutes } from '../screens/sync/routes';
import type { Route } from '../store/ui';

export type RouteScreens = Partial<Record<Route['name'], ComponentType<{ route: Route }>>>;

/** Each feature registers its screens in its own folder, so the shell need not change as features land. */
export const routes: RouteScreens = { ...bankRoutes, ...requestRoutes, ...syncRoutes, ...committeeRoutes, ...sessionRoutes, ...communityRoutes, ...surveyRoutes };

/** Screens drawn without the shell (no navigation, nothing else of the bank). */
export const bareRoutes: RouteScreens = { kiosk: KioskRoute };
