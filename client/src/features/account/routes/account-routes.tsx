import type { FeatureRoutes } from '../../../shared/feature-routes';
import { AccountPage } from './account-page';

export const accountRoutes: FeatureRoutes = {
  signedIn: [{ path: 'account', element: <AccountPage /> }],
};
