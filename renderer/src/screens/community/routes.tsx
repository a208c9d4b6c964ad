import type { RouteScreens } from '../../app/routes';
import { CommunityScreen } from './CommunityScreen';

export const communityRoutes: RouteScreens = { community: CommunityScreen };
