export { authKeys } from './api/auth-keys';
export { useIsAuthenticated } from './api/session';
export { currentUserQuery, hasRole, useCurrentUser, type CurrentUser } from './api/use-current-user';
export { useLogout } from './api/use-login';
export { authRoutes } from './routes/auth-routes';
export { RequireAuth, roleRoute } from './routes/guards';
