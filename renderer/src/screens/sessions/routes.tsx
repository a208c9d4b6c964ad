import type { RouteScreens } from '../../app/routes';
import type { Route } from '../../store/ui';
import { SessionDetail, SessionNew } from './SessionDetail';
import { SessionsList } from './SessionsList';

const idOf = (r: Route) => ('id' in r ? r.id : '');

export const sessionRoutes: RouteScreens = {
  sessions: SessionsList,
  session: ({ route }) => <SessionDetail key={idOf(route)} id={idOf(route)} />,
  sessionNew: SessionNew,
};
