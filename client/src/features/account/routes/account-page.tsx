import { useState } from 'react';
import { ProblemAlert } from '../../../shared/ui';
import { useChangePassword } from '../api/use-change-password';
import { ChangePasswordForm } from '../components/change-password-form';

export function AccountPage() {
  const change = useChangePassword();
  const [done, setDone] = useState(false);
  return (
    <>
      <h1>Account</h1>
      <section className="card" aria-labelledby="password-title">
        <h2 id="password-title">Change password</h2>
        {done && <p role="status">Password changed.</p>}
        {change.isError && <ProblemAlert error={change.error} />}
        <ChangePasswordForm
          pending={change.isPending}
          onSubmit={(body, reset) => {
            setDone(false);
            change.mutate(body, {
              onSuccess: () => {
                reset();
                setDone(true);
              },
            });
          }}
        />
      </section>
    </>
  );
}
