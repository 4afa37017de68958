import type { FeatureRoutes } from '../../../shared/feature-routes';
import { DashboardPage } from './dashboard-page';

export const dashboardRoutes: FeatureRoutes = {
  signedIn: [{ index: true, element: <DashboardPage /> }],
};
