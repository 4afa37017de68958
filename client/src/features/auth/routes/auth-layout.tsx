import { Outlet } from 'react-router';

/** The frame of the pages anyone may open (sign in, sign up): one card, the page's main landmark. */
export function AuthLayout() {
  return (
    <main className="auth-page">
      <Outlet />
    </main>
  );
}
