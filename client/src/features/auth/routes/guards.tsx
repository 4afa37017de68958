import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation, type RouteObject } from 'react-router';
import { describeRole, meetsRole, type RoleRequirement } from '../../../shared/roles';
import { ProblemAlert, Spinner } from '../../../shared/ui';
import { useIsAuthenticated } from '../api/session';
import { useCurrentUser } from '../api/use-current-user';

/** Sends anonymous visitors to /login, remembering where they were going. */
export function RequireAuth({ children }: { children?: ReactNode }) {
  const authenticated = useIsAuthenticated();
  const location = useLocation();
  if (!authenticated) {
    return (
      <Navigate to="/login" replace state={{ from: location.pathname + location.search + location.hash }} />
    );
  }
  return children ?? <Outlet />;
}

/** Renders children only for users with `role` (or any of several); others get a 403 notice. */
export function RequireRole({ role, children }: { role: RoleRequirement; children?: ReactNode }) {
  const me = useCurrentUser();
  if (me.isPending) return <Spinner label="Checking permissions" />;
  if (me.isError) return <ProblemAlert error={me.error} />;
  if (!meetsRole(me.data.roles, role)) {
    return (
      <section>
        <h1>Not allowed</h1>
        <p>You need the {describeRole(role)} role to open this page.</p>
      </section>
    );
  }
  return children ?? <Outlet />;
}

/** A pathless route that lets only holders of `role` reach `children` (others get the 403 notice). */
export function roleRoute(role: RoleRequirement, ...children: RouteObject[]): RouteObject {
  return { element: <RequireRole role={role} />, children };
}
