import type { RouteScreens } from '../../app/routes';
import type { Route } from '../../store/ui';
import { MandateScreen } from './MandateScreen';
import { RequestDetail } from './RequestDetail';
import { RequestForm } from './RequestForm';
import { RequestsList } from './RequestsList';

const idOf = (r: Route) => ('id' in r ? r.id : '');

export const requestRoutes: RouteScreens = {
  requests: RequestsList,
  request: ({ route }) => <RequestDetail key={idOf(route)} id={idOf(route)} />,
  requestNew: () => <RequestForm key="new" />,
  mandate: ({ route }) => <MandateScreen key={idOf(route)} id={idOf(route)} />,
};
