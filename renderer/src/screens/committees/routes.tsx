import type { RouteScreens } from '../../app/route';
import { CommitteeDetail, CommitteeNew } from './CommitteeDetail';
import { CommitteesList } from './CommitteesList';

export const committeeRoutes = {
  committees: { section: 'committees', Screen: CommitteesList },
  committee: { section: 'committees', Screen: ({ route }) => <CommitteeDetail key={route.id} id={route.id} /> },
  committeeNew: { section: 'committees', Screen: CommitteeNew },
} satisfies RouteScreens;
