import { NavLink, Outlet, useNavigate } from 'react-router';
import { useCurrentUser, useLogout } from '../features/auth';
import { LiveAlerts } from '../features/betting';
import { visibleNav } from './nav';

export function Layout() {
  const me = useCurrentUser();
  const logout = useLogout();
  const navigate = useNavigate();
  const items = visibleNav(me.data?.roles);

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <span className="brand">CleanPlatform</span>
        <nav aria-label="Main">
          <ul>
            {items.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.end ?? false}>
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="user-menu">
          {me.data && <span className="user-name">{me.data.displayName}</span>}
          <button
            type="button"
            disabled={logout.isPending}
            onClick={() => {
              logout.mutate(undefined, {
                onSettled: () => {
                  void navigate('/login', { replace: true });
                },
              });
            }}
          >
            Log out
          </button>
        </div>
      </header>
      <main id="main">
        <Outlet />
      </main>
      <LiveAlerts />
    </div>
  );
}
