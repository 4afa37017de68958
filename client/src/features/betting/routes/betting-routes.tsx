import { lazy, Suspense } from 'react';
import { roleRoute } from '../../auth';
import type { FeatureRoutes } from '../../../shared/feature-routes';
import { Spinner } from '../../../shared/ui';
import { IMPORT_ROLES } from '../import-roles';
import { AlertsPage } from './alerts-page';
import { BetsPage } from './bets-page';
import { ImportPage } from './import-page';
import { OpportunitiesPage } from './opportunities-page';
import { SettingsPage } from './settings-page';

// The charts, tables and forms of the studies are loaded when the page is first opened, not with the app.
const StudiesPage = lazy(() => import('./studies-page').then((m) => ({ default: m.StudiesPage })));
const AnalyticsPage = lazy(() => import('./analytics-page').then((m) => ({ default: m.AnalyticsPage })));

export const bettingRoutes: FeatureRoutes = {
  signedIn: [
    roleRoute(IMPORT_ROLES, { path: 'betting/import', element: <ImportPage /> }),
    // Every member reads the opportunities; the page offers placing bets and running the agents by role.
    { path: 'betting/opportunities', element: <OpportunitiesPage /> },
    { path: 'betting/bets', element: <BetsPage /> },
    {
      path: 'betting/analytics',
      element: (
        <Suspense fallback={<Spinner label="Loading analytics" />}>
          <AnalyticsPage />
        </Suspense>
      ),
    },
    // Every member reads the settings; the page lets only Admins edit them (the API enforces it).
    { path: 'betting/settings', element: <SettingsPage /> },
    // Every member sets their own alerts.
    { path: 'betting/alerts', element: <AlertsPage /> },
    {
      path: 'betting/studies',
      element: (
        <Suspense fallback={<Spinner label="Loading studies" />}>
          <StudiesPage />
        </Suspense>
      ),
    },
  ],
};
