import type { RouteScreens } from '../../app/routes';
import { IndicatorsScreen } from './IndicatorsScreen';

export const indicatorRoutes: RouteScreens = { indicators: IndicatorsScreen };
