import { roleRoute } from '../../auth';
import type { FeatureRoutes } from '../../../shared/feature-routes';
import { MembersPage } from './members-page';

export const membersRoutes: FeatureRoutes = {
  signedIn: [roleRoute('Admin', { path: 'admin/members', element: <MembersPage /> })],
};
