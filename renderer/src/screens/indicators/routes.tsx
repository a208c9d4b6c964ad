import type { RouteScreens } from '../../app/routes';
import { IndicatorsScreen } from './IndicatorsScreen';
import { PortraitScreen } from './PortraitScreen';

export const indicatorRoutes: RouteScreens = { indicators: IndicatorsScreen, portrait: PortraitScreen };
