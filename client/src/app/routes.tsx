import type { RouteObject } from 'react-router';
import { accountRoutes } from '../features/account';
import { apiKeysRoutes } from '../features/api-keys';
import { auditRoutes } from '../features/audit';
import { authRoutes, RequireAuth } from '../features/auth';
import { bettingRoutes } from '../features/betting';
import { billingRoutes } from '../features/billing';
import { dashboardRoutes } from '../features/dashboard';
import { membersRoutes } from '../features/members';
import { notificationsRoutes } from '../features/notifications';
import { usersRoutes } from '../features/users';
import type { FeatureRoutes } from '../shared/feature-routes';
import { Layout } from './layout';
import { NotFound } from './not-found';

/** Every feature's pages: one line per feature. */
const features: readonly FeatureRoutes[] = [
  authRoutes,
  dashboardRoutes,
  apiKeysRoutes,
  accountRoutes,
  usersRoutes,
  membersRoutes,
  auditRoutes,
  notificationsRoutes,
  bettingRoutes,
  billingRoutes,
];

export const routes: RouteObject[] = [
  ...features.flatMap((f) => f.public ?? []),
  {
    element: <RequireAuth />,
    children: [
      {
        element: <Layout />,
        children: [...features.flatMap((f) => f.signedIn ?? []), { path: '*', element: <NotFound /> }],
      },
    ],
  },
];
