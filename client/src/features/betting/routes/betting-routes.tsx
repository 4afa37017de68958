import { lazy, Suspense, type ComponentType } from 'react';
import { roleRoute } from '../../auth';
import type { FeatureRoutes } from '../../../shared/feature-routes';
import { Spinner } from '../../../shared/ui';
import { IMPORT_ROLES } from '../import-roles';

/**
 * A page loaded when it is first opened, not with the app: each betting page brings its own tables, forms
 * and charts.
 */
function lazyPage(load: () => Promise<ComponentType>, label: string) {
  const Page = lazy(async () => ({ default: await load() }));
  return (
    <Suspense fallback={<Spinner label={label} />}>
      <Page />
    </Suspense>
  );
}

export const bettingRoutes: FeatureRoutes = {
  signedIn: [
    roleRoute(IMPORT_ROLES, {
      path: 'betting/import',
      element: lazyPage(async () => (await import('./import-page')).ImportPage, 'Loading import'),
    }),
    // Every member reads the opportunities; the page offers placing bets and running the agents by role.
    {
      path: 'betting/opportunities',
      element: lazyPage(
        async () => (await import('./opportunities-page')).OpportunitiesPage,
        'Loading opportunities',
      ),
    },
    {
      path: 'betting/bets',
      element: lazyPage(async () => (await import('./bets-page')).BetsPage, 'Loading bets'),
    },
    {
      path: 'betting/analytics',
      element: lazyPage(async () => (await import('./analytics-page')).AnalyticsPage, 'Loading analytics'),
    },
    // Every member reads the settings; the page lets only Admins edit them (the API enforces it).
    {
      path: 'betting/settings',
      element: lazyPage(async () => (await import('./settings-page')).SettingsPage, 'Loading settings'),
    },
    // Every member sets their own alerts.
    {
      path: 'betting/alerts',
      element: lazyPage(async () => (await import('./alerts-page')).AlertsPage, 'Loading alerts'),
    },
    {
      path: 'betting/studies',
      element: lazyPage(async () => (await import('./studies-page')).StudiesPage, 'Loading studies'),
    },
  ],
};
