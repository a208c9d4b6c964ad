import type { ComponentType } from 'react';
import type { Route } from '../store/ui';

/**
 * Feature screens register here (bank, requests, sync), so the shell need not change as
 * features land.
 */
export const routes: Partial<Record<Route['name'], ComponentType<{ route: Route }>>> = {};
