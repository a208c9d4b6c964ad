import type { RouteScreens } from '../../app/routes';
import { PosterEditor } from './PosterEditor';
import { PrintablesScreen } from './PrintablesScreen';

export const printableRoutes: RouteScreens = {
  printables: PrintablesScreen,
  poster: ({ route }) => (route.name === 'poster' ? <PosterEditor key={route.id} id={route.id} /> : null),
};
