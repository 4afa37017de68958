import type { FeatureRoutes } from '../../../shared/feature-routes';
import { ApiKeysPage } from './api-keys-page';

export const apiKeysRoutes: FeatureRoutes = {
  signedIn: [{ path: 'api-keys', element: <ApiKeysPage /> }],
};
