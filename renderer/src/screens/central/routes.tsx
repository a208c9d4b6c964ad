import type { RouteScreens } from '../../app/routes';
import { ConflictScreen } from './ConflictScreen';
import { ReceiveScreen } from './ReceiveScreen';
import { RollupScreen } from './RollupScreen';

export const centralRoutes: RouteScreens = { receive: ReceiveScreen, conflict: ConflictScreen, rollup: RollupScreen };
