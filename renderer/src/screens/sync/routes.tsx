import type { RouteScreens } from '../../app/route';
import { SyncScreen } from './SyncScreen';

export const syncRoutes = { sync: { section: 'sync', Screen: SyncScreen } } satisfies RouteScreens;
