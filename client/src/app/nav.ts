import { accountNav } from '../features/account';
import { apiKeysNav } from '../features/api-keys';
import { auditNav } from '../features/audit';
import { bettingNav } from '../features/betting';
import { billingNav } from '../features/billing';
import { dashboardNav } from '../features/dashboard';
import { membersNav } from '../features/members';
import { notificationsNav } from '../features/notifications';
import { usersNav } from '../features/users';
import type { NavItem } from '../shared/nav-item';
import { meetsRole } from '../shared/roles';

/** The main navigation, in display order: one line per feature that has links. */
export const navItems: readonly NavItem[] = [
  ...dashboardNav,
  ...notificationsNav,
  ...bettingNav,
  ...apiKeysNav,
  ...accountNav,
  ...usersNav,
  ...membersNav,
  ...auditNav,
  ...billingNav,
];

export function visibleNav(roles: readonly string[] | undefined): NavItem[] {
  return navItems.filter((item) => !item.role || meetsRole(roles, item.role));
}
