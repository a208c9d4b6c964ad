import type { RouteScreens } from '../../app/route';
import { IndicatorsScreen } from './IndicatorsScreen';
import { PortraitScreen } from './PortraitScreen';

export const indicatorRoutes = {
  indicators: { section: 'indicators', Screen: IndicatorsScreen },
  portrait: { section: 'indicators', Screen: PortraitScreen },
} satisfies RouteScreens;
