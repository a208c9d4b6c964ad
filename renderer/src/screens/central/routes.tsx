import type { RouteScreens } from '../../app/route';
import { ConflictScreen } from './ConflictScreen';
import { ReceiveScreen } from './ReceiveScreen';
import { RollupScreen } from './RollupScreen';

export const centralRoutes = {
  receive: { section: 'receive', Screen: ReceiveScreen },
  conflict: { section: 'receive', Screen: ConflictScreen },
  rollup: { section: 'rollup', Screen: RollupScreen },
} satisfies RouteScreens;
