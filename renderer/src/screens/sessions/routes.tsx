import type { RouteScreens } from '../../app/route';
import { SessionDetail, SessionNew } from './SessionDetail';
import { SessionsList } from './SessionsList';

export const sessionRoutes = {
  sessions: { section: 'sessions', Screen: SessionsList },
  session: { section: 'sessions', Screen: ({ route }) => <SessionDetail key={route.id} id={route.id} /> },
  sessionNew: { section: 'sessions', Screen: SessionNew },
} satisfies RouteScreens;
