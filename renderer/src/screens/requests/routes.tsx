import type { RouteScreens } from '../../app/route';
import { MandateScreen } from './MandateScreen';
import { RequestDetail } from './RequestDetail';
import { RequestForm } from './RequestForm';
import { RequestsList } from './RequestsList';

export const requestRoutes = {
  requests: { section: 'requests', Screen: RequestsList },
  request: { section: 'requests', Screen: ({ route }) => <RequestDetail key={route.id} id={route.id} /> },
  requestNew: { section: 'requests', Screen: () => <RequestForm key="new" /> },
  mandate: { section: 'requests', Screen: ({ route }) => <MandateScreen key={route.id} id={route.id} /> },
} satisfies RouteScreens;
