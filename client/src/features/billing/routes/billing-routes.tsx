import { roleRoute } from '../../auth';
import type { FeatureRoutes } from '../../../shared/feature-routes';
import { BillingDetailsPage } from './billing-details-page';
import { CreditNotesPage } from './credit-notes-page';
import { CreditsPage } from './credits-page';
import { InvoicePage } from './invoice-page';
import { InvoicesPage } from './invoices-page';
import { PricingLayout } from './pricing-layout';
import { PricingPage } from './pricing-page';
import { SubscriptionPage } from './subscription-page';
import { UsagePage } from './usage-page';
import { WebhookDeliveriesPage } from './webhook-deliveries-page';
import { WebhooksPage } from './webhooks-page';

export const billingRoutes: FeatureRoutes = {
  public: [{ element: <PricingLayout />, children: [{ path: '/pricing', element: <PricingPage /> }] }],
  signedIn: [
    { path: 'billing/subscription', element: <SubscriptionPage /> },
    { path: 'billing/usage', element: <UsagePage /> },
    roleRoute(
      'Admin',
      { path: 'billing/details', element: <BillingDetailsPage /> },
      { path: 'billing/invoices', element: <InvoicesPage /> },
      { path: 'billing/invoices/:id', element: <InvoicePage /> },
      { path: 'billing/credit-notes', element: <CreditNotesPage /> },
      { path: 'billing/credits', element: <CreditsPage /> },
      { path: 'billing/webhooks', element: <WebhooksPage /> },
      { path: 'billing/webhooks/:id', element: <WebhookDeliveriesPage /> },
    ),
  ],
};
