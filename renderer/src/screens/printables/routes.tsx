import type { RouteScreens } from '../../app/routes';
import { GuideRoute } from './GuideEditor';
import { PosterEditor } from './PosterEditor';
import { PrintablesScreen } from './PrintablesScreen';

export const printableRoutes: RouteScreens = {
  printables: PrintablesScreen,
  poster: ({ route }) => (route.name === 'poster' ? <PosterEditor key={route.id} id={route.id} /> : null),
  guide: ({ route }) => (route.name === 'guide' ? <GuideRoute guide={route.guide} language={route.language} /> : null),
};
