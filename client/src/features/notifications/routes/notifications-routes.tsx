import type { FeatureRoutes } from '../../../shared/feature-routes';
import { NotificationsPage } from './notifications-page';

export const notificationsRoutes: FeatureRoutes = {
  signedIn: [{ path: 'notifications', element: <NotificationsPage /> }],
};
