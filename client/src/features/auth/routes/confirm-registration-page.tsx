import { Navigate, useSearchParams } from 'react-router';
import { ProblemAlert, Spinner } from '../../../shared/ui';
import { isUnusableLink, useConfirmRegistration } from '../api/use-register';
import { SignUpOrSignIn, UnusableLink } from '../components/confirm-link-help';

/** `/register/confirm?token=…`, the link of a sign-up's e-mail: opens the account and signs it in. */
export function ConfirmRegistrationPage() {
  const [params] = useSearchParams();
  const token = params.get('token')?.trim() ?? '';
  const confirm = useConfirmRegistration(token);

  if (confirm.isSuccess) return <Navigate to="/" replace />;
  if (token === '') return <UnusableLink reason="missing" />;
  if (confirm.isError && isUnusableLink(confirm.error)) return <UnusableLink reason="unusable" />;

  return (
    <>
      <h1>Confirm your e-mail address</h1>
      {confirm.isError ? (
        <>
          <ProblemAlert error={confirm.error} />
          <SignUpOrSignIn />
        </>
      ) : (
        <Spinner label="Opening your account" />
      )}
    </>
  );
}
