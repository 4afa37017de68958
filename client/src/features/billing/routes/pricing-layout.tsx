import { Link, Outlet } from 'react-router';
import { useIsAuthenticated } from '../../auth';

/**
 * The frame of the public pricing page: open to anyone, so outside the signed-in layout; its header
 * leads back to the dashboard, or to signing in or up.
 */
export function PricingLayout() {
  const signedIn = useIsAuthenticated();
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <span className="brand">CleanPlatform</span>
        <nav aria-label="Site" className="user-menu">
          {signedIn ? (
            <Link to="/">Dashboard</Link>
          ) : (
            <>
              <Link to="/login">Sign in</Link>
              <Link to="/register">Create account</Link>
            </>
          )}
        </nav>
      </header>
      <main id="main">
        <Outlet />
      </main>
    </div>
  );
}
