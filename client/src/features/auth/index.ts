export { authKeys } from './api/auth-keys';
export { useIsAuthenticated } from './api/session';
export { currentUserQuery, hasRole, useCurrentUser, type CurrentUser } from './api/use-current-user';
export { useLogout } from './api/use-login';
export { RequireAuth, RequireRole } from './routes/guards';
export { LoginPage } from './routes/login-page';
export { RegisterPage } from './routes/register-page';
