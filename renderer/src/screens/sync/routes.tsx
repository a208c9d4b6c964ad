import type { RouteScreens } from '../../app/routes';
import { SyncScreen } from './SyncScreen';

export const syncRoutes: RouteScreens = { sync: SyncScreen };
