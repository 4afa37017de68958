import { roleRoute } from '../../auth';
import type { FeatureRoutes } from '../../../shared/feature-routes';
import { UsersPage } from './users-page';

export const usersRoutes: FeatureRoutes = {
  signedIn: [roleRoute('Admin', { path: 'admin/users', element: <UsersPage /> })],
};
