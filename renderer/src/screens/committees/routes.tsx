import type { RouteScreens } from '../../app/routes';
import type { Route } from '../../store/ui';
import { CommitteeDetail, CommitteeNew } from './CommitteeDetail';
import { CommitteesList } from './CommitteesList';

const idOf = (r: Route) => ('id' in r ? r.id : '');

export const committeeRoutes: RouteScreens = {
  committees: CommitteesList,
  committee: ({ route }) => <CommitteeDetail key={idOf(route)} id={idOf(route)} />,
  committeeNew: CommitteeNew,
};
