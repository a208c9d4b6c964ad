import type { RouteScreens } from '../../app/route';
import { GuideRoute } from './GuideEditor';
import { PosterEditor } from './PosterEditor';
import { PrintablesScreen } from './PrintablesScreen';

export const printableRoutes = {
  printables: { section: 'printables', Screen: PrintablesScreen },
  poster: { section: 'printables', Screen: ({ route }) => <PosterEditor key={route.id} id={route.id} /> },
  guide: { section: 'printables', Screen: ({ route }) => <GuideRoute guide={route.guide} language={route.language} /> },
} satisfies RouteScreens;
