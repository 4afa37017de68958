import { roleRoute } from '../../auth';
import type { FeatureRoutes } from '../../../shared/feature-routes';
import { IMPORT_ROLES } from '../import-roles';
import { ImportPage } from './import-page';

export const bettingRoutes: FeatureRoutes = {
  signedIn: [roleRoute(IMPORT_ROLES, { path: 'betting/import', element: <ImportPage /> })],
};
