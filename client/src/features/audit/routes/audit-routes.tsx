import { roleRoute } from '../../auth';
import type { FeatureRoutes } from '../../../shared/feature-routes';
import { AuditPage } from './audit-page';

export const auditRoutes: FeatureRoutes = {
  signedIn: [roleRoute('Admin', { path: 'admin/audit', element: <AuditPage /> })],
};
