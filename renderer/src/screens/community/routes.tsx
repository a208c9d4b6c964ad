import type { RouteScreens } from '../../app/route';
import { CommunityScreen } from './CommunityScreen';

export const communityRoutes = {
  community: { section: 'sessions', Screen: CommunityScreen },
} satisfies RouteScreens;
