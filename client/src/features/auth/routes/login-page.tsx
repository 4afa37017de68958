import { Link, Navigate, useLocation, useSearchParams } from 'react-router';
import { ProblemAlert } from '../../../shared/ui';
import { useIsAuthenticated } from '../api/session';
import { useLogin } from '../api/use-login';
import { LoginForm } from '../components/login-form';
import { returnTarget } from './return-to';

export function LoginPage() {
  const location = useLocation();
  const [params] = useSearchParams();
  const authenticated = useIsAuthenticated();
  const login = useLogin();

  if (authenticated) return <Navigate to={returnTarget(location, params)} replace />;

  return (
    <>
      <h1>Sign in</h1>
      {login.isError && <ProblemAlert error={login.error} />}
      <LoginForm
        pending={login.isPending}
        onSubmit={(body) => {
          login.mutate(body);
        }}
      />
      <p>
        No account yet? <Link to={{ pathname: '/register', search: location.search }}>Create one</Link>
      </p>
      <p className="small-print">
        <Link to="/pricing">Plans and pricing</Link>
      </p>
    </>
  );
}
