import type { RouteObject } from 'react-router';
import { AccountPage } from '../features/account';
import { ApiKeysPage } from '../features/api-keys';
import { AuditPage } from '../features/audit';
import { LoginPage, RegisterPage, RequireAuth, RequireRole } from '../features/auth';
import { DashboardPage } from '../features/dashboard';
import { MembersPage } from '../features/members';
import { UsersPage } from '../features/users';
import { Layout } from './layout';

function NotFound() {
  return (
    <section>
      <h1>Page not found</h1>
      <p>Nothing lives at this address.</p>
    </section>
  );
}

export const routes: RouteObject[] = [
  { path: '/login', element: <LoginPage /> },
  { path: '/register', element: <RegisterPage /> },
  {
    element: <RequireAuth />,
    children: [
      {
        element: <Layout />,
        children: [
          { index: true, element: <DashboardPage /> },
          { path: 'api-keys', element: <ApiKeysPage /> },
          { path: 'account', element: <AccountPage /> },
          {
            path: 'admin',
            element: <RequireRole role="Admin" />,
            children: [
              { path: 'users', element: <UsersPage /> },
              { path: 'members', element: <MembersPage /> },
              { path: 'audit', element: <AuditPage /> },
            ],
          },
          { path: '*', element: <NotFound /> },
        ],
      },
    ],
  },
];
