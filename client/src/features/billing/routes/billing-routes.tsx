import type { FeatureRoutes } from '../../../shared/feature-routes';
import { PricingLayout } from './pricing-layout';
import { PricingPage } from './pricing-page';

export const billingRoutes: FeatureRoutes = {
  public: [{ element: <PricingLayout />, children: [{ path: '/pricing', element: <PricingPage /> }] }],
};
