import { Link, Navigate, useLocation, useSearchParams } from 'react-router';
import { ProblemAlert } from '../../../shared/ui';
import { useIsAuthenticated } from '../api/session';
import { useRegister } from '../api/use-register';
import { CheckInboxPanel } from '../components/check-inbox-panel';
import { RegisterForm } from '../components/register-form';
import { returnTarget } from './return-to';

export function RegisterPage() {
  const location = useLocation();
  const [params] = useSearchParams();
  const authenticated = useIsAuthenticated();
  const register = useRegister();

  if (authenticated) return <Navigate to={returnTarget(location, params)} replace />;

  if (register.isSuccess) {
    return (
      <CheckInboxPanel
        pending={register.data}
        onStartOver={() => {
          register.reset();
        }}
      />
    );
  }

  return (
    <>
      <h1>Create account</h1>
      {register.isError && <ProblemAlert error={register.error} />}
      <RegisterForm
        pending={register.isPending}
        invitationToken={params.get('invitation')}
        onSubmit={(body) => {
          register.mutate(body);
        }}
      />
      <p>
        Already registered? <Link to="/login">Sign in</Link>
      </p>
      <p className="small-print">
        <Link to="/pricing">Plans and pricing</Link>
      </p>
    </>
  );
}
