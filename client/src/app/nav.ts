/** The navigation grows as modules land: add an entry here and a route in routes.tsx. */
export interface NavItem {
  to: string;
  label: string;
  /** Only users holding this role see the link (the route is guarded separately). */
  role?: string;
  end?: boolean;
}

export const navItems: readonly NavItem[] = [
  { to: '/', label: 'Dashboard', end: true },
  { to: '/api-keys', label: 'API keys' },
  { to: '/account', label: 'Account' },
  { to: '/admin/users', label: 'Users', role: 'Admin' },
  { to: '/admin/members', label: 'Members', role: 'Admin' },
  { to: '/admin/audit', label: 'Audit log', role: 'Admin' },
];

export function visibleNav(roles: readonly string[] | undefined): NavItem[] {
  return navItems.filter((item) => !item.role || (roles?.includes(item.role) ?? false));
}
